import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { CliCommand } from './cli-command';

describe('CliCommand', () => {
  it('is collapsed, expands on click, and copies the command', async () => {
    const { user } = renderWithProviders(<CliCommand commands={['ticloud serverless private-link-connection zones --cluster-id 1']} />);
    const details = screen.getByText('TiDB Cloud CLI command').closest('details')!;
    expect(details.open).toBe(false);
    await user.click(screen.getByText('TiDB Cloud CLI command'));
    expect(details.open).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Copy TiDB Cloud CLI command' }));
    // user-event provides the clipboard in jsdom.
    expect(await navigator.clipboard.readText()).toBe('ticloud serverless private-link-connection zones --cluster-id 1');
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });
});
