import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AssessmentDialog } from '../../src/react/dialog';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const mini = miniQuestionnaire();

describe('AssessmentDialog', () => {
  it('opens from its trigger, traps focus, closes on Escape and keeps the answers', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Host button</button>
        <AssessmentDialog questionnaire={mini} triggerLabel="Check your readiness" />
      </>,
    );
    const trigger = screen.getByRole('button', { name: 'Check your readiness' });
    await user.click(trigger);

    const dialog = screen.getByRole('dialog', { name: 'Mini' });
    // Modal: the rest of the page is hidden from assistive technology while it is open.
    expect(screen.queryByRole('button', { name: 'Host button' })).toBeNull();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await expectNoAxeViolations(dialog);

    await user.click(within(dialog).getByLabelText('Businesses'));
    for (let press = 0; press < 15; press += 1) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();

    await user.click(trigger);
    expect(within(screen.getByRole('dialog')).getByLabelText('Businesses')).toBeChecked();
  });

  it('can be controlled with open and onOpenChange, and closed with its close button', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    function Host() {
      const [open, setOpen] = useState(true);
      return (
        <AssessmentDialog
          questionnaire={mini}
          open={open}
          onOpenChange={(next) => {
            onOpenChange(next);
            setOpen(next);
          }}
        />
      );
    }
    render(<Host />);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('starts open with defaultOpen and carries the theme onto the portalled content', () => {
    render(<AssessmentDialog questionnaire={mini} defaultOpen theme="dark" />);
    expect(screen.getByRole('dialog')).toHaveAttribute('data-theme', 'dark');
  });

  it('shows the issues of an invalid definition instead of a trigger', () => {
    render(<AssessmentDialog questionnaire={{ id: 'x' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This assessment cannot be shown');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
