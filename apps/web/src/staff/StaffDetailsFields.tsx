import { STAFF_ROLES, type StaffPatch } from '@smp/contracts';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { roleLabels } from '../auth/role-labels';
import { Field } from '../shared/Field';
import { fieldDescriber } from '../shared/form';
import { EnumOptions } from '../shared/EnumOptions';

interface StaffDetailsFieldsProps {
  register: UseFormRegister<StaffPatch>;
  errors: FieldErrors<StaffPatch>;
}

/** The account's name, email and role: the part of a staff account that both creating and editing change. */
export function StaffDetailsFields({ register, errors }: StaffDetailsFieldsProps) {
  const field = fieldDescriber('staff', errors);
  return (
    <fieldset>
      <legend>Account</legend>
      <div className="grid">
        <Field label="Name" required {...field('name')}>
          <input {...register('name')} {...field('name').inputProps} autoComplete="off" autoFocus />
        </Field>
        <Field label="Email (used to sign in)" required {...field('email')}>
          <input type="email" {...register('email')} {...field('email').inputProps} autoComplete="off" />
        </Field>
        <Field label="Role" required {...field('role')}>
          {/* Left blank until chosen: a wrong default would hand out an owner's rights unnoticed. */}
          <select {...register('role', { setValueAs: (value: string) => value || undefined })} {...field('role').inputProps}>
            <option value="">Choose a role</option>
            <EnumOptions values={STAFF_ROLES} labels={roleLabels} />
          </select>
        </Field>
      </div>
    </fieldset>
  );
}
