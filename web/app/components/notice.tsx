// A message in words and icon: success, information or a problem (never told by colour alone).
import type { ReactNode } from 'react';
import { AlertIcon, CheckIcon, InfoIcon } from './icons';

export type NoticeKind = 'success' | 'info' | 'warning';

export function Notice({
  kind,
  children,
  live = true,
}: {
  kind: NoticeKind;
  children: ReactNode;
  /** Announce it when it appears (role=status). */
  live?: boolean;
}) {
  const Icon = kind === 'success' ? CheckIcon : kind === 'warning' ? AlertIcon : InfoIcon;
  return (
    <div className={`notice notice-${kind}`} role={live ? 'status' : undefined}>
      <Icon />
      <div className="notice-body">{children}</div>
    </div>
  );
}
