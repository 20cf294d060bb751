// The configured OpenID Connect issuer: its metadata, discovered once per process and found again after a
// failure (the issuer may have been down when the first person tried).
import * as oidc from 'openid-client';
import type { SsoConfig } from '../../config.js';

const discovered = new WeakMap<SsoConfig, Promise<oidc.Configuration>>();

function discover(sso: SsoConfig): Promise<oidc.Configuration> {
  const issuer = new URL(sso.issuer);
  const authentication = sso.clientSecret ? oidc.ClientSecretPost(sso.clientSecret) : oidc.None();
  // Plain http only for an issuer on this machine (tests, a local IdP); anything else must be https.
  const local = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
  return oidc.discovery(issuer, sso.clientId, undefined, authentication, {
    execute: local ? [oidc.allowInsecureRequests] : [],
  });
}

/** The issuer's client configuration; a failed discovery is not remembered. */
export function issuerConfiguration(sso: SsoConfig): Promise<oidc.Configuration> {
  let found = discovered.get(sso);
  if (!found) {
    found = discover(sso);
    discovered.set(sso, found);
    found.catch(() => discovered.delete(sso));
  }
  return found;
}
