// Inline icons (decorative: the words next to them carry the meaning, so they are hidden from readers).
import type { ReactNode } from 'react';

function Svg({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <svg
      className={`icon${className ? ` ${className}` : ''}`}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

export const CheckIcon = () => (
  <Svg>
    <circle cx="12" cy="12" r="10" />
    <path d="m8 12 3 3 5-6" />
  </Svg>
);

export const AlertIcon = () => (
  <Svg>
    <path d="M12 3 2 21h20L12 3Z" />
    <path d="M12 10v5" />
    <path d="M12 18h.01" />
  </Svg>
);

export const InfoIcon = () => (
  <Svg>
    <circle cx="12" cy="12" r="10" />
    <path d="M12 11v6" />
    <path d="M12 7h.01" />
  </Svg>
);

export const DotIcon = () => (
  <Svg>
    <circle cx="12" cy="12" r="5" fill="currentColor" />
  </Svg>
);

export const CircleIcon = () => (
  <Svg>
    <circle cx="12" cy="12" r="9" />
  </Svg>
);

export const UserIcon = () => (
  <Svg>
    <circle cx="12" cy="8" r="4" />
    <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" />
  </Svg>
);

export const ChevronIcon = () => (
  <Svg className="icon-chevron">
    <path d="m6 9 6 6 6-6" />
  </Svg>
);

export const ArrowIcon = () => (
  <Svg>
    <path d="M5 12h14" />
    <path d="m13 6 6 6-6 6" />
  </Svg>
);

export const ClockIcon = () => (
  <Svg>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7v5l3 2" />
  </Svg>
);

/** The e-loket mark: a counter window, in the accent colour. */
export const LogoMark = () => (
  <svg className="logo-mark" viewBox="0 0 32 32" width="36" height="36" aria-hidden="true" focusable="false">
    <rect x="1" y="1" width="30" height="30" rx="6" fill="currentColor" />
    <path d="M9 23V13a7 7 0 0 1 14 0v10" fill="none" stroke="#fff" strokeWidth="2.5" />
    <path d="M6 24h20" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
  </svg>
);

export const PencilIcon = () => (
  <Svg>
    <path d="M4 20h4L19 9l-4-4L4 16v4Z" />
    <path d="m13.5 6.5 4 4" />
  </Svg>
);

export const CrossIcon = () => (
  <Svg>
    <path d="M6 6l12 12" />
    <path d="M18 6 6 18" />
  </Svg>
);

export const PaperclipIcon = () => (
  <Svg>
    <path d="m20 11.5-8.1 8.1a5 5 0 0 1-7.1-7.1l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8" />
  </Svg>
);

/** Received: an arrow into the tray. */
export const InboundIcon = () => (
  <Svg>
    <path d="M4 14v5h16v-5" />
    <path d="M12 3v11" />
    <path d="m8 10 4 4 4-4" />
  </Svg>
);

/** Sent: an arrow out of the tray. */
export const OutboundIcon = () => (
  <Svg>
    <path d="M4 14v5h16v-5" />
    <path d="M12 14V3" />
    <path d="m8 7 4-4 4 4" />
  </Svg>
);

export const PlusIcon = () => (
  <Svg>
    <path d="M12 5v14" />
    <path d="M5 12h14" />
  </Svg>
);

export const UndoIcon = () => (
  <Svg>
    <path d="M9 14 4 9l5-5" />
    <path d="M4 9h10a6 6 0 0 1 0 12h-3" />
  </Svg>
);

export const HelpIcon = () => (
  <Svg>
    <circle cx="12" cy="12" r="10" />
    <path d="M9.1 9a3 3 0 0 1 5.8 1c0 2-3 2.5-3 4.5" />
    <path d="M12 18h.01" />
  </Svg>
);
