import { useId, type ReactNode } from 'react';
import { useBlocker } from '@tanstack/react-router';
import { useFormState, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogBody, DialogFooter } from '@/components/ui/dialog';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { SendBlockNote } from '@/components/ui/send-block-note';
import { describeError, isApiError } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useCanSend } from '@/lib/use-can-send';

/**
 * The one way to build a dialog that sends something:
 * - `FormDialog`: the modal, whose body mounts only while open, or ahead while closed with `prepare`
 *   (state that must outlive a closing, a draft or the mutation, lives above it), inside an error
 *   boundary with a way back. It can be left while its request is out: the request goes on, and the
 *   page says how it ended;
 * - `DialogForm`: a react-hook-form form (its zod schema given to `useForm` by the caller) with the
 *   server-error area (the API's field violations land on their fields via `fieldOf`, the error in an
 *   alert), one submit at a time (and never again after success), Cancel and Submit in the footer.
 */
export function FormDialog({
  open,
  onOpenChange,
  children,
  ...dialog
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  wide?: boolean;
  returnFocusTo?: HTMLElement | null;
  prepare?: boolean;
  children: ReactNode;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} {...dialog}>
      {(open || dialog.prepare) && (
        <ErrorBoundary inDialog onClose={() => onOpenChange(false)}>
          {children}
        </ErrorBoundary>
      )}
    </Dialog>
  );
}

export interface DialogFormProps<V extends FieldValues, Out = V> {
  form: UseFormReturn<V, unknown, Out>;
  /** Sends the checked values (a mutation's `mutateAsync`); its failure is shown from `error`. */
  onSubmit: (values: Out) => Promise<unknown>;
  pending: boolean;
  error: unknown;
  errorTitle: string;
  /** The alert's text for an error; by default what `describeError` says. */
  describe?: (error: unknown) => string;
  /** Where the API's field violations (`privateLinkConnection.displayName` …) land in the form. */
  fieldOf?: Record<string, Path<V>>;
  submitLabel: string;
  pendingLabel: string;
  variant?: 'primary' | 'danger';
  /** False while the form cannot be sent yet (nothing chosen, not confirmed …). */
  canSubmit?: boolean;
  submitDescribedBy?: string;
  onCancel: () => void;
  children: ReactNode;
}

export function DialogForm<V extends FieldValues, Out = V>({
  form,
  onSubmit,
  pending,
  error,
  errorTitle,
  describe,
  fieldOf = {},
  submitLabel,
  pendingLabel,
  variant = 'primary',
  canSubmit = true,
  submitDescribedBy,
  onCancel,
  children,
}: DialogFormProps<V, Out>) {
  const { t } = useI18n();
  // Leaving the page with input typed or a request out asks first: Reload and closing the tab with
  // the browser's own prompt, Back or a link to another page with a confirm. The page's own
  // parameters (a filter, a page turn) leave the dialog as it is: nothing to ask.
  const { isDirty } = useFormState({ control: form.control });
  const unsaved = isDirty || pending;
  useBlocker({
    shouldBlockFn: ({ current, next }) => current.pathname !== next.pathname && !window.confirm(t('dialog.leavePage')),
    enableBeforeUnload: unsaved,
    disabled: !unsaved,
  });
  const once = useSingleFlight();
  // Offline or during a 429's countdown nothing is sent; the footer says why.
  const block = useCanSend(pending);
  const blockId = useId();
  const send = (values: Out) =>
    canSubmit &&
    !block &&
    once(() =>
      onSubmit(values).catch((failure: unknown) => {
        for (const v of isApiError(failure) ? failure.fieldViolations : []) {
          const field = fieldOf[v.field];
          if (field) form.setError(field, { type: 'server', message: v.description });
        }
        throw failure;
      }),
    );
  return (
    <form
      onSubmit={(e) => void form.handleSubmit(send)(e)}
      noValidate
      aria-busy={pending}
      className="flex min-h-0 flex-1 flex-col"
    >
      <DialogBody>
        {error != null && (
          <Alert tone="error" title={errorTitle}>
            {describe ? describe(error) : describeError(error, '', t)}
          </Alert>
        )}
        {children}
      </DialogBody>
      <DialogFooter>
        <SendBlockNote id={blockId} block={block} />
        {pending && <p className="mr-auto text-sm text-slate-600">{t('dialog.leaveWhileSending')}</p>}
        <Button onClick={onCancel}>{t(pending ? 'common.close' : 'common.cancel')}</Button>
        <Button type="submit" variant={variant} disabled={!!block || !canSubmit} aria-describedby={[submitDescribedBy, block && blockId].filter(Boolean).join(' ') || undefined}>
          {pending ? pendingLabel : submitLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}
