import { describe, expect, it } from 'vitest';
import { maskAddress, maskIdNumber, maskPetitioner, maskPhone } from './maskPetitioner.ts';

describe('masking petitioner identity', () => {
  it('keeps the first four and last four characters of an ID number', () => {
    expect(maskIdNumber('99010219900101123X')).toBe('9901**********123X');
    expect(maskIdNumber('1234567')).toBe('*******');
  });

  it('keeps the first three and last four digits of a phone number', () => {
    expect(maskPhone('13900000000')).toBe('139****0000');
    expect(maskPhone('0871-6612345')).toBe('087*****2345');
    expect(maskPhone('110')).toBe('***');
  });

  it('cuts an address after its district', () => {
    expect(maskAddress('云岭省青川市河东区幸福路8号')).toBe('云岭省青川市河东区***');
    expect(maskAddress('青川市河东区幸福路8号3栋')).toBe('青川市河东区***');
    expect(maskAddress('广西壮族自治区南宁市青秀区民族大道1号')).toBe(
      '广西壮族自治区南宁市青秀区***',
    );
    expect(maskAddress('云岭省青川市临江县城关镇和平村5组')).toBe('云岭省青川市临江县***');
  });

  it('does not mistake a residential compound for a district', () => {
    expect(maskAddress('青川市幸福小区3栋2单元')).toBe('青川市***');
  });

  it('shows nothing of an address it cannot place', () => {
    expect(maskAddress('幸福路8号')).toBe('***');
    expect(maskAddress('云岭省青川市河东区')).toBe('云岭省青川市河东区');
  });

  it('masks every identity field but the name, and keeps missing ones missing', () => {
    expect(
      maskPetitioner({ name: '李华', idNumber: '990102199001011234', phone: null, address: null }),
    ).toEqual({ name: '李华', idNumber: '9901**********1234', phone: null, address: null });
  });
});
