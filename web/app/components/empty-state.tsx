// What a page or list says when there is nothing to show, and what to do next.
import type { ReactNode } from 'react';
import { InfoIcon } from './icons';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <InfoIcon />
      <div>
        <p className="empty-state-title">{title}</p>
        {children}
      </div>
    </div>
  );
}
