// The one auth checker behind every @Authorized(...): a viewer must be logged in, and hold one of the
// listed roles when roles are given. Object-level rules (whose organisation) live in the services.
import type { AuthChecker } from 'type-graphql';
import type { Ctx } from '../context.js';
import { forbidden, unauthenticated } from '../domain/errors.js';
import type { Role } from '../modules/accounts/user.entity.js';

export const authChecker: AuthChecker<Ctx, Role> = ({ context }, roles) => {
  const { viewer } = context;
  if (viewer.kind !== 'user') throw unauthenticated();
  if (roles.length > 0 && !viewer.roles.some((r) => roles.includes(r))) throw forbidden();
  return true;
};
