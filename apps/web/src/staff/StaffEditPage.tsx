import { zodResolver } from '@hookform/resolvers/zod';
import { staffPatchSchema, type Staff, type StaffPatch } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { staffApi } from '../api/staff';
import { afterStaffChange } from '../data/invalidation';
import { placeSaveError, useAppForm } from '../shared/form';
import { StaffDetailsFields } from './StaffDetailsFields';
import { StaffQueryMessage, useStaffMemberQuery } from './staff-member-query';
import { FormActions } from '../shared/FormActions';
import { ErrorAlert } from '../shared/ErrorAlert';

export function StaffEditPage() {
  const { id } = useParams();
  const query = useStaffMemberQuery(id);
  if (!query.data) return <StaffQueryMessage query={query} />;
  return <StaffEditForm staff={query.data} />;
}

function StaffEditForm({ staff }: { staff: Staff }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, dirtyFields },
  } = useAppForm<StaffPatch, unknown, z.output<typeof staffPatchSchema>>({
    resolver: zodResolver(staffPatchSchema),
    defaultValues: { name: staff.name, email: staff.email, role: staff.role },
  });
  const [formError, setFormError] = useState<string | null>(null);
  const backToStaff = () => navigate(`/staff/${staff.id}`, { replace: true });

  const save = async (values: z.output<typeof staffPatchSchema>) => {
    setFormError(null);
    // Only what changed is sent, so the audit trail names only the fields that did.
    const patch = Object.fromEntries(Object.entries(values).filter(([name]) => dirtyFields[name as keyof StaffPatch]));
    if (Object.keys(patch).length === 0) {
      await backToStaff();
      return;
    }
    try {
      void afterStaffChange(queryClient, await staffApi.update(staff.id, patch));
      await backToStaff();
    } catch (error) {
      setFormError(placeSaveError(error, setError));
    }
  };

  return (
    <section className="page narrow">
      <header className="page-header">
        <h1>Edit {staff.name}</h1>
      </header>
      <form className="form" noValidate onSubmit={handleSubmit(save)}>
        <ErrorAlert message={formError} />
        <StaffDetailsFields register={register} errors={errors} />
        <FormActions submitLabel="Save changes" busyLabel="Saving…" submitting={isSubmitting} onCancel={backToStaff} />
      </form>
    </section>
  );
}
