import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { NextStep } from '../list/next-step';

/** What the panel says after an action: its result and, after Create, the next step. */
export interface Notice {
  title: string;
  nextStepFor?: PrivateLinkConnection;
}

export function NoticeAlert({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      tone="success"
      className="mt-4"
      title={notice.title}
      action={
        <Button
          size="sm"
          variant="ghost"
          onClick={(e) => {
            // Focus goes to the panel's heading, not to <body>, once the notice is gone.
            const heading = e.currentTarget.closest('section')?.querySelector<HTMLElement>('h2');
            onDismiss();
            if (heading) {
              heading.tabIndex = -1;
              heading.focus();
            }
          }}
        >
          {t('common.dismiss')}
        </Button>
      }
    >
      {notice.nextStepFor && (
        <>
          {t('panel.nextStep')} <NextStep connection={notice.nextStepFor} />
        </>
      )}
    </Alert>
  );
}
