import type { PetitionerDisplay } from './caseIndexEntry.ts';

/** Keeps `head` and `tail` characters and stars the rest; short values are starred entirely. */
function keepEnds(value: string, head: number, tail: number): string {
  const chars = Array.from(value);
  if (chars.length <= head + tail) return '*'.repeat(chars.length);
  return (
    chars.slice(0, head).join('') +
    '*'.repeat(chars.length - head - tail) +
    chars.slice(chars.length - tail).join('')
  );
}

/** `990102199001011234` → `9901**********1234`. */
export function maskIdNumber(idNumber: string): string {
  return keepEnds(idNumber, 4, 4);
}

/** `13900000000` → `139****0000`. */
export function maskPhone(phone: string): string {
  return keepEnds(phone, 3, 4);
}

/** Province, city and district (county) of a Chinese address, each optional but the last. */
const districtPattern =
  /^(?:[^省市区县]{1,12}?(?:省|自治区))?(?:[^省市区县]{1,12}?(?:市|自治州|州|盟|地区))?(?:[^省市区县]{1,12}?(?:区|县|旗))?/u;
/** Place names ending like a district that are not one (residential compounds and the like). */
const notADistrict = /(?:小区|社区|园区|校区|街区|景区|片区)$/u;

/**
 * An address cut to its district (`云岭省青川市河东区幸福路8号` → `云岭省青川市河东区***`); when no
 * district can be recognised only the city, else nothing, is shown.
 */
export function maskAddress(address: string): string {
  let kept = districtPattern.exec(address)?.[0] ?? '';
  if (notADistrict.test(kept)) kept = kept.replace(/[^市州盟区]*区$/u, '');
  if (kept === address) return address;
  return `${kept}***`;
}

/** The petitioner's display fields as a reader who does not handle the case sees them. */
export function maskPetitioner(petitioner: PetitionerDisplay): PetitionerDisplay {
  return {
    name: petitioner.name,
    idNumber: petitioner.idNumber === null ? null : maskIdNumber(petitioner.idNumber),
    phone: petitioner.phone === null ? null : maskPhone(petitioner.phone),
    address: petitioner.address === null ? null : maskAddress(petitioner.address),
  };
}
