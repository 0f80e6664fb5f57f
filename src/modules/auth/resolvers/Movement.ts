import { actorOf } from '../../../graphql/actor';
import type { MovementResolvers } from './../../types.generated';

export const Movement: Pick<MovementResolvers, 'recordedBy' | '__isTypeOf'> = {
  recordedBy: (movement, _args, ctx) =>
    actorOf({ userId: movement.recordedByUserId, apiKeyId: movement.recordedByApiKeyId }, ctx),
};
