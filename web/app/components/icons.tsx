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
