import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { invalidAwsService, invalidDisplayName, validAwsService, validDisplayName } from '@/test/arbitraries';
import { renderWithProviders } from '@/test/render';
import { displayNameProblem, endpointServiceNameProblem } from '../api/rules';
import { CreateConnectionDialog } from './create-connection-dialog';

describe('Create dialog under generated input', () => {
  it('sends a request exactly when both fields are well-formed, and never invalid data', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(validDisplayName, invalidDisplayName),
        fc.oneof(validAwsService, invalidAwsService),
        async (name, service) => {
          db.requests.length = 0;
          db.reset();
          const onCreated = vi.fn();
          renderWithProviders(
            <CreateConnectionDialog
              open
              onOpenChange={() => {}}
              clusterId={AWS_CLUSTER_ID}
              regionId="us-east-1"
              type="AWS_ENDPOINT_SERVICE"
              onCreated={onCreated}
            />,
          );
          fireEvent.change(screen.getByLabelText('Private Link Connection Name'), {
            target: { value: name },
          });
          fireEvent.change(screen.getByLabelText('Endpoint Service Name'), { target: { value: service } });
          await act(async () => {
            fireEvent.click(screen.getByRole('button', { name: 'Create' }));
          });
          const wellFormed =
            !displayNameProblem(name.trim()) &&
            !endpointServiceNameProblem('AWS_ENDPOINT_SERVICE', service.trim());
          if (wellFormed) await waitFor(() => expect(onCreated).toHaveBeenCalled());
          else
            await waitFor(() =>
              expect(
                screen.getAllByRole('textbox').some((t) => t.getAttribute('aria-invalid') === 'true'),
              ).toBe(true),
            );
          const creates = db.requests.filter((r) => r.endpoint === 'createConnection');
          expect(creates).toHaveLength(wellFormed ? 1 : 0);
          cleanup();
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
