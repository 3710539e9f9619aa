import { zodResolver } from '@hookform/resolvers/zod';
import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from './Field';
import { fieldDescriber, useAppForm } from './form';
import { SignatureField } from './SignatureField';
import { useFormSave } from './use-form-save';

/** What a client signs with: their typed name and their drawn signature (a PNG data URL). */
export interface SignedName {
  signedName: string;
  signature: string;
}

/** A form the client signs by name (a design’s approval, a quote): the signature field registered, the API's refusals placed beside the fields. */
export function useSignedNameForm(schema: z.ZodType<SignedName, SignedName>, send: (signed: SignedName) => Promise<unknown>) {
  const form = useAppForm<SignedName>({ resolver: zodResolver(schema), defaultValues: { signedName: '', signature: '' } });
  form.register('signature');
  const { formError, save } = useFormSave(form.setError, send);
  return { form, formError, onSubmit: form.handleSubmit(save) };
}

/** The client's full name and the pad they sign on, with their errors. */
export function SignedNameFields({ form, idPrefix, nameLabel }: { form: UseFormReturn<SignedName>; idPrefix: string; nameLabel: string }) {
  const {
    register,
    setValue,
    formState: { errors },
  } = form;
  const field = fieldDescriber(idPrefix, errors);
  return (
    <>
      <Field label={nameLabel} required {...field('signedName')}>
        <input {...register('signedName')} {...field('signedName').inputProps} autoComplete="off" />
      </Field>
      <SignatureField
        id={`${idPrefix}-signature`}
        message={errors.signature?.message}
        onChange={(signature) => setValue('signature', signature ?? '', { shouldValidate: Boolean(errors.signature) })}
      />
    </>
  );
}
