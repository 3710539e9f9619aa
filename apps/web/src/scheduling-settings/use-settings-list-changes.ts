import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiProblem } from '../api/http';
import { afterSchedulingSettingsChange } from '../data/invalidation';
import { placeSaveError } from '../shared/form';

type ListAnswer = { items: unknown[] };

interface AddForm<Values extends FieldValues> {
  reset: () => void;
  setError: UseFormSetError<Values>;
}

/**
 * Changing a list of the clinic's scheduling settings (rooms, closures): the API answers
 * with the whole list, which goes into the cache; one message says what failed,
 * whether loading, a row's button or the add form.
 */
export function useSettingsListChanges(queryKey: QueryKey, query: { error: unknown }, loadFailure: string) {
  const queryClient = useQueryClient();
  const [changeError, setChangeError] = useState<string | null>(null);
  const changed = (list: ListAnswer) => afterSchedulingSettingsChange(queryClient, queryKey, list);

  /** A row's button: a refusal is said in the API's words. */
  const change = async (action: Promise<ListAnswer>) => {
    setChangeError(null);
    try {
      void changed(await action);
    } catch (failure) {
      setChangeError(failure instanceof ApiProblem ? failure.message : 'That did not work; try again.');
    }
  };

  /** The add form: emptied once added; a refusal of a field shows beside that field. */
  const add = async <Values extends FieldValues>(action: Promise<ListAnswer>, form: AddForm<Values>) => {
    setChangeError(null);
    try {
      void changed(await action);
      form.reset();
    } catch (failure) {
      setChangeError(placeSaveError(failure, form.setError));
    }
  };

  return { error: changeError ?? (query.error ? loadFailure : null), change, add };
}
