// The Content-Security-Policy nonce of the response being rendered (server only; empty in the browser).
import { createContext, useContext } from 'react';

export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
