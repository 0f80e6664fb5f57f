import type { TransferPayloadResolvers } from './../../types.generated';

export const TransferPayload: TransferPayloadResolvers = {
  // Read after the write, so it shows the transfer as the change left it.
  transfer: (result, _args, ctx) =>
    result.userErrors.length === 0 && result.documentId ? ctx.loaders.transferById.load(result.documentId) : null,
};
