import type { Petitioner, Registration } from '@lianban/case-model';
import { maskAddress, maskIdNumber, maskPhone } from '../caseIndex/maskPetitioner.ts';

/** A petitioner with ID number, phone and address masked as the case list masks them. */
export function maskPetitionerFields(petitioner: Petitioner): Petitioner {
  return {
    ...petitioner,
    ...(petitioner.idNumber === undefined ? {} : { idNumber: maskIdNumber(petitioner.idNumber) }),
    ...(petitioner.phone === undefined ? {} : { phone: maskPhone(petitioner.phone) }),
    ...(petitioner.address === undefined ? {} : { address: maskAddress(petitioner.address) }),
  };
}

/** The registration for a reader who does not handle the case (domain.md §7). */
export function maskRegistration(registration: Registration): Registration {
  return { ...registration, petitioners: registration.petitioners.map(maskPetitionerFields) };
}
