import { describe, expect, it } from 'vitest';
import { TREATMENT_STYLES } from './consultations.js';
import { preparationFor } from './preparation.js';

const steps = (style: Parameters<typeof preparationFor>[0]) => preparationFor(style).map((step) => step.id);

describe('preparation before a treatment session', () => {
  it('keeps the hair for women’s density: it is parted, not shaved', () => {
    expect(steps('womens_density')).toEqual(['keep_hair', 'moisturise', 'painkillers']);
  });

  it('shaves the head for every other style, and for a visit without a plan', () => {
    for (const style of TREATMENT_STYLES.filter((candidate) => candidate !== 'womens_density')) {
      expect(steps(style)).toEqual(['shave', 'moisturise', 'painkillers']);
    }
    expect(steps(null)).toEqual(['shave', 'moisturise', 'painkillers']);
  });

  it('always allows painkillers and asks for moisturised skin', () => {
    for (const style of TREATMENT_STYLES) {
      expect(preparationFor(style).find((step) => step.id === 'painkillers')?.detail).toMatch(/paracetamol and\/or ibuprofen/);
    }
  });
});
