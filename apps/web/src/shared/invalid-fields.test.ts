import type { FieldErrors } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { firstInvalidControl, invalidFieldNames } from './invalid-fields';

const message = (text: string) => ({ type: 'validate', message: text });

describe('invalidFieldNames', () => {
  it('names nested fields, list items and a whole list by their dotted paths', () => {
    const errors = {
      firstName: message('Required'),
      address: { city: message('At most 100 characters') },
      pigments: Object.assign([undefined, { lotId: message('Required') }], { root: message('Choose at least 1') }),
    } as unknown as FieldErrors;
    expect(invalidFieldNames(errors)).toEqual(['firstName', 'address.city', 'pigments.1.lotId', 'pigments']);
  });
});

describe('firstInvalidControl', () => {
  it('picks the first wrong field in the order the page shows them, not the order of the messages', () => {
    const form = document.createElement('form');
    form.innerHTML = '<input name="name"><input name="email"><select name="role"></select><input name="password"><input name="pigments.0.lotId">';
    expect(firstInvalidControl(form, { password: message('Use at least 12 characters'), role: message('Required') })?.getAttribute('name')).toBe('role');
    expect(firstInvalidControl(form, { pigments: { root: message('Choose at least 1') } })?.getAttribute('name')).toBe('pigments.0.lotId');
    expect(firstInvalidControl(form, { other: message('Required') })).toBeNull();
  });
});
