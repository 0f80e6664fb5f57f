import type { DocumentNode } from 'graphql';
export const typeDefs = {
  kind: 'Document',
  definitions: [
    {
      kind: 'DirectiveDefinition',
      description: {
        kind: 'StringValue',
        value:
          'Who may call a field. On a root field it gates the whole operation; on an object field it hides\nthat field (e.g. costs) from lower roles. Roles are ranked ADMIN > MANAGER > CLERK > VIEWER, and a\nrole may do everything a lower one may.',
        block: true,
      },
      name: { kind: 'Name', value: 'auth' },
      arguments: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The lowest role that may call the field.', block: false },
          name: { kind: 'Name', value: 'requires' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'An API key holding this grant may also call the field, whatever its role.',
            block: false,
          },
          name: { kind: 'Name', value: 'orKeyGrant' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKeyGrant' } },
          directives: [],
        },
      ],
      directives: [],
      repeatable: false,
      locations: [{ kind: 'Name', value: 'FIELD_DEFINITION' }],
    },
    {
      kind: 'DirectiveDefinition',
      description: {
        kind: 'StringValue',
        value: 'Marks a root field that needs no sign-in (only `signIn`). Every other root field carries `@auth`.',
        block: false,
      },
      name: { kind: 'Name', value: 'public' },
      arguments: [],
      directives: [],
      repeatable: false,
      locations: [{ kind: 'Name', value: 'FIELD_DEFINITION' }],
    },
    {
      kind: 'DirectiveDefinition',
      description: {
        kind: 'StringValue',
        value:
          "An HTTP download of the field's data as CSV or XLSX at `GET /exports/<name>.csv` or `.xlsx`, whole\nrather than paged, with the field's arguments as query parameters and their defaults. The server\nrefuses to start unless every export it serves is declared here, once.",
        block: true,
      },
      name: { kind: 'Name', value: 'export' },
      arguments: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The download's name in its URL.", block: false },
          name: { kind: 'Name', value: 'name' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: "The lowest role that may download it; when omitted, the field's own `@auth` role.",
            block: false,
          },
          name: { kind: 'Name', value: 'requires' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
          directives: [],
        },
      ],
      directives: [],
      repeatable: false,
      locations: [{ kind: 'Name', value: 'FIELD_DEFINITION' }],
    },
    {
      name: { kind: 'Name', value: 'Query' },
      description: {
        kind: 'StringValue',
        value:
          'The entry points for reading Stockroom. Lists are Relay cursor connections: page with\n`first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.',
        block: true,
      },
      kind: 'ObjectTypeDefinition',
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Who is calling: the signed-in user, or the API key in use.',
            block: false,
          },
          name: { kind: 'Name', value: 'me' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Actor' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Everyone who can sign in. ADMIN only.', block: false },
          name: { kind: 'Name', value: 'users' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which users to list.', block: false },
              name: { kind: 'Name', value: 'filter' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserFilter' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging forwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns users after this cursor.', block: false },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns users before this cursor.', block: false },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserConnection' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'API keys, newest first; secrets are never shown again after creation. ADMIN only.',
            block: false,
          },
          name: { kind: 'Name', value: 'apiKeys' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'True: only keys that are neither revoked nor expired.',
                block: false,
              },
              name: { kind: 'Name', value: 'active' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging forwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns keys after this cursor.', block: false },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns keys before this cursor.', block: false },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKeyConnection' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Fetches any object by its global ID, as the Relay spec describes. Returns null when no\nobject has that ID; fails with `INVALID_ID` when the ID is not one Stockroom issued.',
            block: true,
          },
          name: { kind: 'Name', value: 'node' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'A global ID, as returned in any `id` field.', block: false },
              name: { kind: 'Name', value: 'id' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
              directives: [],
            },
          ],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Fetches several objects by global ID, in the order asked; unknown IDs give null entries.',
            block: false,
          },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'At most 100 global IDs.', block: false },
              name: { kind: 'Name', value: 'ids' },
              type: {
                kind: 'NonNullType',
                type: {
                  kind: 'ListType',
                  type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
                },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'ListType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The product catalogue, as a cursor connection. Archived products are hidden unless the\nfilter asks for them.',
            block: true,
          },
          name: { kind: 'Name', value: 'products' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Which products to list; omitted means every active product.',
                block: false,
              },
              name: { kind: 'Name', value: 'filter' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductFilter' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Sort order; defaults to SKU ascending. Ties are broken by ID, so paging is stable.',
                block: false,
              },
              name: { kind: 'Name', value: 'orderBy' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductOrder' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value:
                  'Page size when paging forwards (1 to 100). Defaults to 20 when neither `first` nor `last` is given.',
                block: false,
              },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: "Returns items after this cursor (from `pageInfo.endCursor` or an edge's `cursor`).",
                block: false,
              },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: "Returns items before this cursor (from `pageInfo.startCursor` or an edge's `cursor`).",
                block: false,
              },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductConnection' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'One product, by global ID or by SKU (case-insensitive). Give exactly one of the two.\nReturns null when no product matches; archived products are returned too.',
            block: true,
          },
          name: { kind: 'Name', value: 'product' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: "The product's global ID.", block: false },
              name: { kind: 'Name', value: 'id' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: "The product's SKU, compared ignoring case.", block: false },
              name: { kind: 'Name', value: 'sku' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Every category in use, with how many products it holds, in alphabetical order.',
            block: false,
          },
          name: { kind: 'Name', value: 'categories' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Count only active products (the default), or pass null to count archived ones too.',
                block: false,
              },
              name: { kind: 'Name', value: 'active' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
              defaultValue: { kind: 'BooleanValue', value: true },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Category' } } },
            },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "The change feed: every event Stockroom has recorded, oldest first, for an integrator to replay\nand follow. Keep `pageInfo.endCursor` and pass it back as `after`: paging this way sees every\ncommitted event exactly once, and each stock level's events in the order the ledger applied\nthem, even when transactions commit out of order (the feed shows an event only once no\ntransaction that began before it is still running, so an event can appear up to the length of\nthe longest write transaction late, never out of place). `pageInfo.endCursor` is the cursor you\npassed when the page is empty, so a poller can always keep the last one. Events are kept for\nEVENT_RETENTION_DAYS (30 by default); older ones are pruned.",
            block: true,
          },
          name: { kind: 'Name', value: 'events' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value:
                  'Returns events after this cursor (from `pageInfo.endCursor`); omitted starts at the oldest event kept.',
                block: false,
              },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size, 1 to 100; 50 when omitted.', block: false },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Only events of these types; omitted means every type.',
                block: false,
              },
              name: { kind: 'Name', value: 'types' },
              type: {
                kind: 'ListType',
                type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventType' } } },
              },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value:
                  'Only events about this product (its movements, reservation lines, catalogue changes and reorder-point crossings).',
                block: false,
              },
              name: { kind: 'Name', value: 'productId' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Only events about this location.', block: false },
              name: { kind: 'Name', value: 'locationId' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Only events about this reservation.', block: false },
              name: { kind: 'Name', value: 'reservationId' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventConnection' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "One import job by its ID: where it stands, how far it has read, its counts and its row errors.\nJobs are created by uploading a file to `POST /imports/{products|stock|movements}` (see the\nREADME's Import section). Null when no job has this ID. MANAGER and above.",
            block: true,
          },
          name: { kind: 'Name', value: 'importJob' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: "The job's ID, as `POST /imports/…` answered it.",
                block: false,
              },
              name: { kind: 'Name', value: 'id' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
              directives: [],
            },
          ],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportJob' } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Import jobs, newest first. MANAGER and above.', block: false },
          name: { kind: 'Name', value: 'importJobs' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Only jobs in this state.', block: false },
              name: { kind: 'Name', value: 'status' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportJobStatus' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging forwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns jobs after this cursor.', block: false },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns jobs before this cursor.', block: false },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportJobConnection' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'A transfer by its global ID; null when none has it.',
            block: false,
          },
          name: { kind: 'Name', value: 'transfer' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: "The transfer's global ID.", block: false },
              name: { kind: 'Name', value: 'id' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
              directives: [],
            },
          ],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Transfer' } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'A purchase order by its global ID; null when none has it.',
            block: false,
          },
          name: { kind: 'Name', value: 'purchaseOrder' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: "The purchase order's global ID.", block: false },
              name: { kind: 'Name', value: 'id' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
              directives: [],
            },
          ],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Transfers, newest first.', block: false },
          name: { kind: 'Name', value: 'transfers' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which transfers to list; omitted means all.', block: false },
              name: { kind: 'Name', value: 'filter' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferFilter' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value:
                  'Page size when paging forwards (1 to 100). Defaults to 20 when neither `first` nor `last` is given.',
                block: false,
              },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Returns transfers after this cursor (older ones).',
                block: false,
              },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Returns transfers before this cursor (newer ones).',
                block: false,
              },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferConnection' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Purchase orders, newest first.', block: false },
          name: { kind: 'Name', value: 'purchaseOrders' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which orders to list; omitted means all.', block: false },
              name: { kind: 'Name', value: 'filter' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderFilter' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value:
                  'Page size when paging forwards (1 to 100). Defaults to 20 when neither `first` nor `last` is given.',
                block: false,
              },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Returns orders after this cursor (older ones).',
                block: false,
              },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Returns orders before this cursor (newer ones).',
                block: false,
              },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderConnection' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Warehouses, stores and other places that hold stock, as a cursor connection.',
            block: false,
          },
          name: { kind: 'Name', value: 'locations' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Which locations to list; omitted means every active location.',
                block: false,
              },
              name: { kind: 'Name', value: 'filter' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationFilter' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Sort order; defaults to code ascending. Ties are broken by ID.',
                block: false,
              },
              name: { kind: 'Name', value: 'orderBy' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationOrder' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value:
                  'Page size when paging forwards (1 to 100). Defaults to 20 when neither `first` nor `last` is given.',
                block: false,
              },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns items after this cursor.', block: false },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns items before this cursor.', block: false },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationConnection' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'One location, by global ID or by code (case-insensitive). Give exactly one of the two.\nReturns null when none matches; archived locations are returned too.',
            block: true,
          },
          name: { kind: 'Name', value: 'location' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: "The location's global ID.", block: false },
              name: { kind: 'Name', value: 'id' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: "The location's code, compared ignoring case.", block: false },
              name: { kind: 'Name', value: 'code' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Trusted documents (the safelist), newest first. Each can be run by its `documentId` instead of\nits text. Stockroom's built-in documents (SignIn, RegisterPersistedDocuments, Me) are trusted\ntoo but are not listed: they are part of the server, not of the safelist. ADMIN only.",
            block: true,
          },
          name: { kind: 'Name', value: 'persistedDocuments' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Only documents whose operation has this name.',
                block: false,
              },
              name: { kind: 'Name', value: 'operationName' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging forwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns documents after this cursor.', block: false },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns documents before this cursor.', block: false },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PersistedDocumentConnection' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'What the stock is worth: quantity times moving average cost, grouped by product, category or\nlocation. Without `at` it values the stock now; with `at` it values the stock as it stood at that\nmoment, using the quantities and average costs of that moment (back-dated movements count from\nwhen they occurred). Rows are sorted by value, highest first. MANAGER and above. Every row\ndownloads as `/exports/valuation.csv` or `.xlsx`.',
            block: true,
          },
          name: { kind: 'Name', value: 'inventoryValuation' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'The moment to value the stock at; now when omitted. May be in the past.',
                block: false,
              },
              name: { kind: 'Name', value: 'at' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Only stock at this location.', block: false },
              name: { kind: 'Name', value: 'locationId' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Only products in this category (case-insensitive).',
                block: false,
              },
              name: { kind: 'Name', value: 'category' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'What each row stands for.', block: false },
              name: { kind: 'Name', value: 'groupBy' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ValuationGroupBy' } },
              },
              defaultValue: { kind: 'EnumValue', value: 'PRODUCT' },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size (1 to 100). Defaults to 20.', block: false },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns rows after this cursor.', block: false },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InventoryValuationConnection' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'export' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'name' },
                  value: { kind: 'StringValue', value: 'valuation', block: false },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'What the stock was worth at the end of each day, week or month between `from` and `to`: one point\nper interval of local time, each valued as `inventoryValuation(at:)` values that moment, so the two\nalways agree. The last point is at `to`; no point lies after now (an interval still under way is\nvalued now). Fails with `INVALID_DATE_RANGE` when `from` is later than `to`, with\n`RANGE_TOO_LARGE` when the range holds more than 60 intervals, and with `INVALID_TIME_ZONE`.\nMANAGER and above.',
            block: true,
          },
          name: { kind: 'Name', value: 'valuationHistory' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Start of the range, inclusive.', block: false },
              name: { kind: 'Name', value: 'from' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'End of the range: the last point is valued at this moment (or now, if that is earlier).',
                block: false,
              },
              name: { kind: 'Name', value: 'to' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'How far apart the points are: the end of each day, week (starting Monday) or month.',
                block: false,
              },
              name: { kind: 'Name', value: 'interval' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'SummaryInterval' } },
              },
              defaultValue: { kind: 'EnumValue', value: 'WEEK' },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'IANA time zone that days, weeks and months are cut in, e.g. `Europe/Berlin`.',
                block: false,
              },
              name: { kind: 'Name', value: 'timeZone' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
              defaultValue: { kind: 'StringValue', value: 'UTC', block: false },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Only stock at this location.', block: false },
              name: { kind: 'Name', value: 'locationId' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Only products in this category (case-insensitive).',
                block: false,
              },
              name: { kind: 'Name', value: 'category' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ValuationPoint' } },
              },
            },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Products that need reordering: active products with a `reorderPoint` above 0 whose available\nquantity is at or below it. Company-wide by default (available summed over all locations), or at\none location. Sorted by shortfall (reorder point minus available), largest first. MANAGER and above.',
            block: true,
          },
          name: { kind: 'Name', value: 'lowStock' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Check the available quantity at this location only.',
                block: false,
              },
              name: { kind: 'Name', value: 'locationId' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Only products in this category (case-insensitive).',
                block: false,
              },
              name: { kind: 'Name', value: 'category' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size (1 to 100). Defaults to 20.', block: false },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns items after this cursor.', block: false },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LowStockConnection' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Units moved per time bucket between `from` (inclusive) and `to` (exclusive), by kind of movement,\nwith a bucket for every interval in the range, including empty ones. Reversals count against the\nkind they reverse. Fails with `INVALID_DATE_RANGE` when `from` is later than `to`, and with\n`RANGE_TOO_LARGE` when the range holds more than 1,000 buckets. MANAGER and above.',
            block: true,
          },
          name: { kind: 'Name', value: 'movementSummary' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Start of the range, inclusive.', block: false },
              name: { kind: 'Name', value: 'from' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'End of the range, exclusive.', block: false },
              name: { kind: 'Name', value: 'to' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Bucket size.', block: false },
              name: { kind: 'Name', value: 'interval' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'SummaryInterval' } },
              },
              defaultValue: { kind: 'EnumValue', value: 'DAY' },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'IANA time zone that days, weeks (starting Monday) and months are cut in, e.g. `Europe/Berlin`.',
                block: false,
              },
              name: { kind: 'Name', value: 'timeZone' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
              defaultValue: { kind: 'StringValue', value: 'UTC', block: false },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Only this product.', block: false },
              name: { kind: 'Name', value: 'productId' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Only movements into or out of this location; transfers count as in or out of it.',
                block: false,
              },
              name: { kind: 'Name', value: 'locationId' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Only products in this category (case-insensitive).',
                block: false,
              },
              name: { kind: 'Name', value: 'category' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Only movements of these kinds.', block: false },
              name: { kind: 'Name', value: 'kinds' },
              type: {
                kind: 'ListType',
                type: {
                  kind: 'NonNullType',
                  type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementKind' } },
                },
              },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementSummary' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Sales between `from` (inclusive) and `to` (exclusive): shipments net of their reversals, with\nrevenue at the recorded unit price and cost of goods sold at the product's moving average cost at\nthe moment of each sale. Fails with `INVALID_DATE_RANGE` when `from` is later than `to`.\nMANAGER and above. Downloads as `/exports/sales.csv` or `.xlsx`, every row unless `first` is given.",
            block: true,
          },
          name: { kind: 'Name', value: 'salesReport' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Start of the range, inclusive.', block: false },
              name: { kind: 'Name', value: 'from' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'End of the range, exclusive.', block: false },
              name: { kind: 'Name', value: 'to' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'What each row stands for.', block: false },
              name: { kind: 'Name', value: 'groupBy' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SalesGroupBy' } } },
              defaultValue: { kind: 'EnumValue', value: 'PRODUCT' },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which figure ranks the rows, highest first.', block: false },
              name: { kind: 'Name', value: 'orderBy' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SalesOrderBy' } } },
              defaultValue: { kind: 'EnumValue', value: 'REVENUE' },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'How many rows to return (1 to 100). Defaults to 20.',
                block: false,
              },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Only this product.', block: false },
              name: { kind: 'Name', value: 'productId' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Only sales shipped from this location.', block: false },
              name: { kind: 'Name', value: 'locationId' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Only products in this category (case-insensitive).',
                block: false,
              },
              name: { kind: 'Name', value: 'category' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Only sales to this counterparty (exact match).',
                block: false,
              },
              name: { kind: 'Name', value: 'counterparty' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SalesReport' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'export' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'name' },
                  value: { kind: 'StringValue', value: 'sales', block: false },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The stock ledger: every movement, newest first (by business time, then by recording order).\nDownloads whole, oldest first, as `/exports/movements.csv` or `.xlsx`: the download carries unit\ncosts, so it needs MANAGER.',
            block: true,
          },
          name: { kind: 'Name', value: 'movements' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which movements to list; omitted means all.', block: false },
              name: { kind: 'Name', value: 'filter' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementFilter' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value:
                  'Page size when paging forwards (1 to 100). Defaults to 20 when neither `first` nor `last` is given.',
                block: false,
              },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Returns movements after this cursor (older ones).',
                block: false,
              },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Returns movements before this cursor (newer ones).',
                block: false,
              },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementConnection' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'export' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'name' },
                  value: { kind: 'StringValue', value: 'movements', block: false },
                },
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'One movement by its global ID; null when none has it.',
            block: false,
          },
          name: { kind: 'Name', value: 'movement' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: "The movement's global ID.", block: false },
              name: { kind: 'Name', value: 'id' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
              directives: [],
            },
          ],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Recomputes every stock level from the ledger and the open reservations and compares it with the\nstored levels. A healthy ledger reports no differences. Reads the whole ledger: for operators, not for pages.',
            block: true,
          },
          name: { kind: 'Name', value: 'verifyStockLevels' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockVerification' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Reservations, newest first. A hold whose `expiresAt` has passed reads as EXPIRED from that\ninstant, whether or not anything has tidied it.',
            block: true,
          },
          name: { kind: 'Name', value: 'reservations' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Which reservations to list; omitted means all.',
                block: false,
              },
              name: { kind: 'Name', value: 'filter' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationFilter' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value:
                  'Page size when paging forwards (1 to 100). Defaults to 20 when neither `first` nor `last` is given.',
                block: false,
              },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Returns reservations after this cursor (older ones).',
                block: false,
              },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Returns reservations before this cursor (newer ones).',
                block: false,
              },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationConnection' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Webhook subscriptions, newest first. ADMIN, or an API key allowed to manage webhooks\n(`ApiKey.manageWebhooks`). Secrets are never shown here.',
            block: true,
          },
          name: { kind: 'Name', value: 'webhookSubscriptions' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging forwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns subscriptions after this cursor.', block: false },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns subscriptions before this cursor.', block: false },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscriptionConnection' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'orKeyGrant' },
                  value: { kind: 'EnumValue', value: 'MANAGE_WEBHOOKS' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'One webhook subscription by its ID; null when none has it.',
            block: false,
          },
          name: { kind: 'Name', value: 'webhookSubscription' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: "The subscription's ID.", block: false },
              name: { kind: 'Name', value: 'id' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
              directives: [],
            },
          ],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'orKeyGrant' },
                  value: { kind: 'EnumValue', value: 'MANAGE_WEBHOOKS' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Deliveries of events to webhook subscriptions, newest first, each with every attempt made. A\ndelivery is one event for one subscription; it is attempted until the receiver answers 2xx or\nthe retry schedule runs out.',
            block: true,
          },
          name: { kind: 'Name', value: 'webhookDeliveries' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: "Only this subscription's deliveries; omitted means every subscription's.",
                block: false,
              },
              name: { kind: 'Name', value: 'subscriptionId' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Only deliveries in this state.', block: false },
              name: { kind: 'Name', value: 'status' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDeliveryStatus' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging forwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns deliveries after this cursor.', block: false },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns deliveries before this cursor.', block: false },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDeliveryConnection' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'orKeyGrant' },
                  value: { kind: 'EnumValue', value: 'MANAGE_WEBHOOKS' },
                },
              ],
            },
          ],
        },
      ],
      directives: [],
      interfaces: [],
    },
    {
      name: { kind: 'Name', value: 'Mutation' },
      description: {
        kind: 'StringValue',
        value:
          'The entry points for changing Stockroom. Every mutation returns a payload whose\n`userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.',
        block: true,
      },
      kind: 'ObjectTypeDefinition',
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Exchanges an email and password for a session token, to send as `Authorization: Bearer <token>`.\nFailures say only that the email or password is incorrect, never which. Repeated failures are\nthrottled per account and per client address (`TOO_MANY_ATTEMPTS`), with growing lockouts.',
            block: true,
          },
          name: { kind: 'Name', value: 'signIn' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'The credentials.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInInput' } } },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInPayload' } } },
          directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'public' }, arguments: [] }],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "Changes the caller's own password, ends their other sessions, and returns a fresh token.",
            block: false,
          },
          name: { kind: 'Name', value: 'changePassword' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'The current and the new password.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePasswordInput' } },
              },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInPayload' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Creates a user who can sign in. ADMIN only.', block: false },
          name: { kind: 'Name', value: 'createUser' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'The new user.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateUserInput' } },
              },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserPayload' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "Changes a user's name, role or active flag; takes effect on the user's next request. ADMIN only.",
            block: false,
          },
          name: { kind: 'Name', value: 'updateUser' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'The user and the changes.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateUserInput' } },
              },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserPayload' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Stops a user from signing in or using their session, from their next request on. ADMIN only.',
            block: false,
          },
          name: { kind: 'Name', value: 'deactivateUser' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which user.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeactivateUserInput' } },
              },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserPayload' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Creates an API key for an integrator. The secret is in this response only; store it safely. ADMIN only.',
            block: false,
          },
          name: { kind: 'Name', value: 'createApiKey' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: "The key's name, role and optional expiry.", block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiKeyInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiKeyPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Renames an API key, or changes whether it may send only trusted (persisted) documents or manage\nwebhooks; takes effect from the key's next request. ADMIN only.",
            block: true,
          },
          name: { kind: 'Name', value: 'updateApiKey' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'The key and the changes.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateApiKeyInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateApiKeyPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Revokes an API key at once and for good. ADMIN only.',
            block: false,
          },
          name: { kind: 'Name', value: 'revokeApiKey' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which key.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeApiKeyInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeApiKeyPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Adds a product to the catalogue. Fails with `DUPLICATE_SKU` when the SKU is taken, ignoring case.',
            block: false,
          },
          name: { kind: 'Name', value: 'createProduct' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: "What to do; see the input type for each field's rules.",
                block: false,
              },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateProductInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateProductPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "Changes a product's details. Only the fields given are changed.",
            block: false,
          },
          name: { kind: 'Name', value: 'updateProduct' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: "What to do; see the input type for each field's rules.",
                block: false,
              },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProductInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProductPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Archives a product: it leaves the default listings but keeps its history and can be\nrestored with `restoreProduct`. Archiving an archived product changes nothing.',
            block: true,
          },
          name: { kind: 'Name', value: 'archiveProduct' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: "What to do; see the input type for each field's rules.",
                block: false,
              },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ArchiveProductInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ArchiveProductPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Brings an archived product back into the catalogue. Restoring an active product changes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'restoreProduct' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: "What to do; see the input type for each field's rules.",
                block: false,
              },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'RestoreProductInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RestoreProductPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Stops an import job. A QUEUED job ends CANCELLED at once; a RUNNING one stops at its next batch,\nkeeps the rows it already committed (an import run again later finishes the rest without\ndoubling them), and ends CANCELLED. A job that already ended gives INVALID_STATUS.',
            block: true,
          },
          name: { kind: 'Name', value: 'cancelImportJob' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which job.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CancelImportJobInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CancelImportJobPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Drafts a transfer of stock from one location to another. Nothing moves until `shipTransfer`.\nFor an instant move within one site, use `transferStock`.',
            block: true,
          },
          name: { kind: 'Name', value: 'createTransfer' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'What to send, from where, to where.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateTransferInput' } },
              },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferPayload' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Ships a DRAFT transfer: every line's units leave the source through the ledger (TRANSFER\nmovements to the in-transit location) and count as `incoming` at the destination. They keep\ntheir value and show in the valuation at the in-transit location. All lines ship or none.",
            block: true,
          },
          name: { kind: 'Name', value: 'shipTransfer' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which transfer.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ShipTransferInput' } },
              },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferPayload' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Receives some or all of a transfer's units at its destination, into the state given per line.\nMay be called several times; a short receipt leaves the rest in transit. Receiving more than is\nstill in transit is refused (EXCEEDS_OUTSTANDING). All lines or none.",
            block: true,
          },
          name: { kind: 'Name', value: 'receiveTransfer' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which transfer and what arrived.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReceiveTransferInput' } },
              },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferPayload' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Closes a shipped transfer: whatever is still in transit is declared lost, recorded in the\nledger as WRITE_OFF movements (reason SHRINKAGE) out of the in-transit location.',
            block: true,
          },
          name: { kind: 'Name', value: 'closeTransfer' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which transfer and why.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseTransferInput' } },
              },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferPayload' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Cancels a transfer. A DRAFT is cancelled with no movement; a shipped one returns every unit still\nin transit to the source through the ledger. A RECEIVED, CLOSED or CANCELLED one is refused.',
            block: true,
          },
          name: { kind: 'Name', value: 'cancelTransfer' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which transfer.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CancelTransferInput' } },
              },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferPayload' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Drafts a purchase order from a supplier. Nothing is incoming until it is placed.',
            block: false,
          },
          name: { kind: 'Name', value: 'createPurchaseOrder' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'The supplier, lines and dates.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePurchaseOrderInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Changes a DRAFT purchase order; the fields given replace the stored ones (`lines` replaces every line).',
            block: false,
          },
          name: { kind: 'Name', value: 'updatePurchaseOrder' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which order and what changes.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePurchaseOrderInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Places a DRAFT order with the supplier: it becomes ORDERED and its lines count as `incoming`.',
            block: false,
          },
          name: { kind: 'Name', value: 'placePurchaseOrder' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which order.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlacePurchaseOrderInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Records what arrived against an ORDERED or PARTIALLY_RECEIVED order (or a RECEIVED one, within\nits lines' tolerance): a RECEIPT movement per\nline, at the line's unit cost unless the receipt gives another, from the supplier as counterparty,\nso the moving average cost follows the real costs. A line may receive up to its quantity plus its\ntolerance, however many clerks receive it at once; beyond that is refused (EXCEEDS_OUTSTANDING).\nAll lines or none.",
            block: true,
          },
          name: { kind: 'Name', value: 'receivePurchaseOrder' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which order and what arrived.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReceivePurchaseOrderInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Closes an ORDERED or PARTIALLY_RECEIVED order: the rest will not come, and stops counting as incoming.',
            block: false,
          },
          name: { kind: 'Name', value: 'closePurchaseOrder' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which order and why.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ClosePurchaseOrderInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Cancels a DRAFT or ORDERED order that has had no receipts; one with receipts is refused (close it instead).',
            block: false,
          },
          name: { kind: 'Name', value: 'cancelPurchaseOrder' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which order.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CancelPurchaseOrderInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Drafts purchase orders from the current low-stock suggestions at one location (which already\nsubtract incoming): one DRAFT order per supplier, one line per suggested product, at the product's\ncurrent average cost. A product's supplier is taken from `supplierByProduct`, else from its\n`preferredSupplier`; suggestions with neither are left out and listed in `unassigned`.",
            block: true,
          },
          name: { kind: 'Name', value: 'createPurchaseOrdersFromSuggestions' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Where the stock is needed, and suppliers for products that have no preferred one.',
                block: false,
              },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePurchaseOrdersFromSuggestionsInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePurchaseOrdersFromSuggestionsPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Adds a location. Fails with `DUPLICATE_LOCATION_CODE` when the code is taken, ignoring case.',
            block: false,
          },
          name: { kind: 'Name', value: 'createLocation' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: "What to do; see the input type for each field's rules.",
                block: false,
              },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateLocationInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateLocationPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "Changes a location's details. Only the fields given are changed.",
            block: false,
          },
          name: { kind: 'Name', value: 'updateLocation' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: "What to do; see the input type for each field's rules.",
                block: false,
              },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateLocationInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateLocationPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Archives a location: it leaves the default listings but keeps its history and can be\nrestored with `restoreLocation`. Archiving an archived location changes nothing.',
            block: true,
          },
          name: { kind: 'Name', value: 'archiveLocation' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: "What to do; see the input type for each field's rules.",
                block: false,
              },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ArchiveLocationInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ArchiveLocationPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Brings an archived location back. Restoring an active location changes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'restoreLocation' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: "What to do; see the input type for each field's rules.",
                block: false,
              },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'RestoreLocationInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RestoreLocationPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Adds the documents of a client's manifest to the safelist, so that clients can run them by\n`documentId` (or the APQ hash), and so that they still run when `PERSISTED_QUERIES=only` or\nthe API key requires persisted queries. Every id must be the sha256 of its document; when any\nentry is wrong nothing is registered. Registering a document again changes nothing. ADMIN only.",
            block: true,
          },
          name: { kind: 'Name', value: 'registerPersistedDocuments' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'The manifest, as the JSON object its file holds.',
                block: false,
              },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterPersistedDocumentsInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterPersistedDocumentsPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Records stock arriving at a location from a supplier (kind RECEIPT).',
            block: false,
          },
          name: { kind: 'Name', value: 'receiveStock' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'What arrived, where and at what cost.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReceiveStockInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Records stock leaving a location to a customer (kind SHIPMENT). Without `reservationId` it takes\nonly units nobody holds, and fails with `INSUFFICIENT_STOCK` when the location has fewer units\navailable than asked. With `reservationId` it takes the units that reservation holds there, in the\nsame transaction (`EXCEEDS_RESERVATION`, `RESERVATION_EXPIRED` or `RESERVATION_CLOSED` otherwise).\nOn any error nothing is written.',
            block: true,
          },
          name: { kind: 'Name', value: 'shipStock' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'What left, from where and at what price.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ShipStockInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Moves stock from one location to another (kind TRANSFER). Fails with `INSUFFICIENT_STOCK`\nwhen the source has fewer units available than asked.',
            block: true,
          },
          name: { kind: 'Name', value: 'transferStock' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'What moves, from where to where.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferStockInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Corrects the quantity at a location (kind ADJUSTMENT) by a `delta`, or to a `countedQuantity`\nfrom a stocktake. With `expectedOnHand`, the change is made only if the on-hand quantity is still\nwhat the client last saw; otherwise the result is `STALE_QUANTITY` and nothing is written.',
            block: true,
          },
          name: { kind: 'Name', value: 'adjustStock' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'The correction.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdjustStockInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Records stock that a customer returned to a location (kind RETURN).',
            block: true,
          },
          name: { kind: 'Name', value: 'returnStock' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'What came back, where.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnStockInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Removes damaged, expired or lost stock from a location (kind WRITE_OFF), from the units nobody\nholds (`fromState` AVAILABLE, safety stock included) or from the DAMAGED or QUALITY_CONTROL units.',
            block: true,
          },
          name: { kind: 'Name', value: 'writeOffStock' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'What is written off, where and why.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'WriteOffStockInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Undoes a movement by recording its mirror image: same kind, product, quantity and amounts, with\nthe locations swapped. The original stays in the ledger; a movement can be reversed once, and a\nreversal cannot itself be reversed.',
            block: true,
          },
          name: { kind: 'Name', value: 'reverseMovement' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which movement to reverse.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReverseMovementInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Records up to 500 movements of any kind in one request, in order. With `REJECT_ALL` either every\nrow is recorded or none is; with `REJECT_FAILED_ROWS` the valid rows are recorded and each failed\nrow is reported. Each error\'s `field` starts with `["movements", "<row index>"]`.',
            block: true,
          },
          name: { kind: 'Name', value: 'recordMovements' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'The rows and what to do when some fail.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordMovementsInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordMovementsPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Holds available units for a cart, quote or order, until `expiresAt` (default: 15 minutes from\nnow). Either every line is held or none is: a short line gives `INSUFFICIENT_STOCK` naming the\nunits available. A line without `locationId` is placed by the location strategy (higher\n`Location.allocationPriority` first, then the most available); with `allowSplit` it may be held\nacross several locations. Held units are no longer `available` to anyone else.',
            block: true,
          },
          name: { kind: 'Name', value: 'reserveStock' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'What to hold, for whom and for how long.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReserveStockInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "Moves an ACTIVE hold's expiry (later or earlier); a committed reservation no longer expires.",
            block: false,
          },
          name: { kind: 'Name', value: 'extendReservation' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which reservation and its new expiry.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExtendReservationInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The order was placed: an ACTIVE hold becomes COMMITTED. Its units move from `reserved` to\n`committed` and stay held, with no expiry, until shipped (`shipStock` with `reservationId`) or released.',
            block: true,
          },
          name: { kind: 'Name', value: 'commitReservation' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which reservation.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CommitReservationInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Gives held units back to `available`: everything the reservation still holds, or some units of some\nlines. A reservation that holds nothing more ends RELEASED (or FULFILLED when some units shipped).',
            block: true,
          },
          name: { kind: 'Name', value: 'releaseReservation' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Which reservation, and optionally which lines.',
                block: false,
              },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseReservationInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Moves units at one location between AVAILABLE, DAMAGED and QUALITY_CONTROL (kind STATE_CHANGE).\nOn hand does not change; history, `stockAsOf` and the verification see every state. Units leaving\nAVAILABLE must be unheld (`INSUFFICIENT_STOCK` otherwise).',
            block: true,
          },
          name: { kind: 'Name', value: 'changeStockState' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which units, from which state to which.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeStockStateInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'CLERK' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Sets the units of a stock level that are never offered as available (safety stock). Audited.',
            block: false,
          },
          name: { kind: 'Name', value: 'setSafetyStock' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'The level and its safety stock.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetSafetyStockInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetSafetyStockPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Subscribes an HTTPS endpoint to events committed from now on. Each event is POSTed as JSON and\nsigned the Standard Webhooks way with the secret returned here, which is shown only in this\nresponse. The URL must be https and resolve to public addresses only (`URL_NOT_ALLOWED`\notherwise, unless the server allows http or private networks).',
            block: true,
          },
          name: { kind: 'Name', value: 'createWebhookSubscription' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'The endpoint, the event types and a description.',
                block: false,
              },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateWebhookSubscriptionInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateWebhookSubscriptionPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'orKeyGrant' },
                  value: { kind: 'EnumValue', value: 'MANAGE_WEBHOOKS' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Changes a subscription; omitted fields keep their value. Setting `status: ACTIVE` on a PAUSED\nsubscription resumes it: its FAILED deliveries are attempted again from the start of the retry\nschedule, before any later delivery for the same product. `status: PAUSED` stops sending until\nresumed, and events committed while a subscription is paused are not queued for it (read them\nfrom the event feed).',
            block: true,
          },
          name: { kind: 'Name', value: 'updateWebhookSubscription' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'The subscription and the changes.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateWebhookSubscriptionInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateWebhookSubscriptionPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'orKeyGrant' },
                  value: { kind: 'EnumValue', value: 'MANAGE_WEBHOOKS' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Deletes a subscription with its deliveries and their attempts. Nothing more is sent to it.',
            block: false,
          },
          name: { kind: 'Name', value: 'deleteWebhookSubscription' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which subscription.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeleteWebhookSubscriptionInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeleteWebhookSubscriptionPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'orKeyGrant' },
                  value: { kind: 'EnumValue', value: 'MANAGE_WEBHOOKS' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Replaces a subscription's signing secret and returns the new one, shown only in this response.\nEvery attempt from now on, retries included, is signed with the new secret only.",
            block: true,
          },
          name: { kind: 'Name', value: 'rotateWebhookSecret' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which subscription.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'RotateWebhookSecretInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RotateWebhookSecretPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'orKeyGrant' },
                  value: { kind: 'EnumValue', value: 'MANAGE_WEBHOOKS' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Sends a delivery again with the same `webhook-id`, so a receiver that already has it can drop\nit. A SUCCEEDED or FAILED delivery goes back to PENDING with a fresh retry schedule; a PENDING one\nis attempted now rather than at its `nextAttemptAt`. It is sent while its subscription is ACTIVE,\nonce no earlier delivery for the same product is pending.',
            block: true,
          },
          name: { kind: 'Name', value: 'redeliverWebhook' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Which delivery.', block: false },
              name: { kind: 'Name', value: 'input' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'RedeliverWebhookInput' } },
              },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RedeliverWebhookPayload' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'ADMIN' },
                },
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'orKeyGrant' },
                  value: { kind: 'EnumValue', value: 'MANAGE_WEBHOOKS' },
                },
              ],
            },
          ],
        },
      ],
      directives: [],
      interfaces: [],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A person who signs in to Stockroom.', block: false },
      name: { kind: 'Name', value: 'User' },
      interfaces: [{ kind: 'NamedType', name: { kind: 'Name', value: 'Node' } }],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque global ID.', block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Sign-in email; unique, compared ignoring case.', block: false },
          name: { kind: 'Name', value: 'email' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Display name.', block: false },
          name: { kind: 'Name', value: 'name' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What the user may do.', block: false },
          name: { kind: 'Name', value: 'role' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'False once deactivated: the user can neither sign in nor use an existing session.',
            block: false,
          },
          name: { kind: 'Name', value: 'active' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When the user was created.', block: false },
          name: { kind: 'Name', value: 'createdAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When the user last changed.', block: false },
          name: { kind: 'Name', value: 'updatedAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'A credential for a system rather than a person (an ERP, a shop, a scanner).',
        block: false,
      },
      name: { kind: 'Name', value: 'ApiKey' },
      interfaces: [{ kind: 'NamedType', name: { kind: 'Name', value: 'Node' } }],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque global ID.', block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What the key is for, e.g. `Shop sync`.', block: false },
          name: { kind: 'Name', value: 'name' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What the key may do.', block: false },
          name: { kind: 'Name', value: 'role' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The start of the key, to recognise it; the rest is never shown again.',
            block: false,
          },
          name: { kind: 'Name', value: 'prefix' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The admin who created it.', block: false },
          name: { kind: 'Name', value: 'createdBy' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it was created.', block: false },
          name: { kind: 'Name', value: 'createdAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it stops working; null for never.', block: false },
          name: { kind: 'Name', value: 'expiresAt' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it was revoked; null while it is usable.', block: false },
          name: { kind: 'Name', value: 'revokedAt' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it was last used (to the minute).', block: false },
          name: { kind: 'Name', value: 'lastUsedAt' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "True: the key may only run trusted documents (registered with `registerPersistedDocuments`, sent\nby `documentId` or APQ hash); any other document is refused with `PERSISTED_QUERY_REQUIRED`,\nwhatever the server's PERSISTED_QUERIES mode.",
            block: true,
          },
          name: { kind: 'Name', value: 'requirePersistedQueries' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'True: the key may create, change and read webhook subscriptions and their deliveries, whatever\nits role (the MANAGE_WEBHOOKS grant); it gains nothing else.',
            block: true,
          },
          name: { kind: 'Name', value: 'manageWebhooks' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'UnionTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'Whoever made a request or a change: a user or an API key.',
        block: false,
      },
      name: { kind: 'Name', value: 'Actor' },
      directives: [],
      types: [
        { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
        { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A page of users.', block: false },
      name: { kind: 'Name', value: 'UserConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The users on this page, each with its cursor.', block: false },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserEdge' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The users on this page, without cursors.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole list.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'How many users match, across all pages.', block: false },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A user and its position in a list.', block: false },
      name: { kind: 'Name', value: 'UserEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after` or `before`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The user.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A page of API keys.', block: false },
      name: { kind: 'Name', value: 'ApiKeyConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The keys on this page, each with its cursor.', block: false },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKeyEdge' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The keys on this page, without cursors.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole list.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'How many keys match, across all pages.', block: false },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'An API key and its position in a list.', block: false },
      name: { kind: 'Name', value: 'ApiKeyEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after` or `before`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The key.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Narrows the user list.', block: false },
      name: { kind: 'Name', value: 'UserFilter' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only users with this role.', block: false },
          name: { kind: 'Name', value: 'role' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only active (true) or deactivated (false) users.', block: false },
          name: { kind: 'Name', value: 'active' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Text the email or name contains, ignoring case.', block: false },
          name: { kind: 'Name', value: 'search' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Credentials to sign in with.', block: false },
      name: { kind: 'Name', value: 'SignInInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The account's email.", block: false },
          name: { kind: 'Name', value: 'email' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The account's password.", block: false },
          name: { kind: 'Name', value: 'password' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A password change.', block: false },
      name: { kind: 'Name', value: 'ChangePasswordInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The password in use now.', block: false },
          name: { kind: 'Name', value: 'currentPassword' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The new password: 10 to 200 characters.', block: false },
          name: { kind: 'Name', value: 'newPassword' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A new user.', block: false },
      name: { kind: 'Name', value: 'CreateUserInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Sign-in email; unique, ignoring case.', block: false },
          name: { kind: 'Name', value: 'email' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Display name, 1 to 200 characters.', block: false },
          name: { kind: 'Name', value: 'name' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'What the user may do.', block: false },
          name: { kind: 'Name', value: 'role' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Initial password: 10 to 200 characters. The user should change it.',
            block: false,
          },
          name: { kind: 'Name', value: 'password' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Changes to a user; omitted fields keep their value.', block: false },
      name: { kind: 'Name', value: 'UpdateUserInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The user to change.', block: false },
          name: { kind: 'Name', value: 'id' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New display name.', block: false },
          name: { kind: 'Name', value: 'name' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "New role; applies from the user's next request.", block: false },
          name: { kind: 'Name', value: 'role' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'False deactivates, true reactivates.', block: false },
          name: { kind: 'Name', value: 'active' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Which user to deactivate.', block: false },
      name: { kind: 'Name', value: 'DeactivateUserInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The user's global ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A new API key.', block: false },
      name: { kind: 'Name', value: 'CreateApiKeyInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'What the key is for, 1 to 200 characters.', block: false },
          name: { kind: 'Name', value: 'name' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'What the key may do.', block: false },
          name: { kind: 'Name', value: 'role' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'When it stops working; omit for never.', block: false },
          name: { kind: 'Name', value: 'expiresAt' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'True: the key may only run trusted (persisted) documents. Default false.',
            block: false,
          },
          name: { kind: 'Name', value: 'requirePersistedQueries' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'True: the key may also manage webhook subscriptions, whatever its role. Default false.',
            block: false,
          },
          name: { kind: 'Name', value: 'manageWebhooks' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'Changes to an API key; omitted fields keep their value.',
        block: false,
      },
      name: { kind: 'Name', value: 'UpdateApiKeyInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The key's global ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New name, 1 to 200 characters.', block: false },
          name: { kind: 'Name', value: 'name' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'True: the key may only run trusted (persisted) documents from its next request on.',
            block: false,
          },
          name: { kind: 'Name', value: 'requirePersistedQueries' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'True: the key may manage webhook subscriptions from its next request on; false takes that away.',
            block: false,
          },
          name: { kind: 'Name', value: 'manageWebhooks' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Which API key to revoke.', block: false },
      name: { kind: 'Name', value: 'RevokeApiKeyInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The key's global ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `signIn` and `changePassword`.', block: false },
      name: { kind: 'Name', value: 'SignInPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Send as `Authorization: Bearer <token>`; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'token' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When the token stops working.', block: false },
          name: { kind: 'Name', value: 'expiresAt' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Who signed in.', block: false },
          name: { kind: 'Name', value: 'user' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of a user mutation.', block: false },
      name: { kind: 'Name', value: 'UserPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The user after the change; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'user' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `createApiKey`.', block: false },
      name: { kind: 'Name', value: 'CreateApiKeyPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The new key's details.", block: false },
          name: { kind: 'Name', value: 'apiKey' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The whole key, to send as `Authorization: Bearer <key>` or `x-api-key: <key>`. Shown only here, only once.',
            block: false,
          },
          name: { kind: 'Name', value: 'secret' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `updateApiKey`.', block: false },
      name: { kind: 'Name', value: 'UpdateApiKeyPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The key after the change; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'apiKey' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `revokeApiKey`.', block: false },
      name: { kind: 'Name', value: 'RevokeApiKeyPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The revoked key.', block: false },
          name: { kind: 'Name', value: 'apiKey' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      name: { kind: 'Name', value: 'Movement' },
      description: {
        kind: 'StringValue',
        value:
          'One immutable entry in the stock ledger. Stock entering a location has no `fromLocation`; stock\nleaving has no `toLocation`; a transfer has both.',
        block: true,
      },
      kind: 'ObjectTypeDefinition',
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Who recorded it: a user or an API key. Null only for movements loaded before sign-in existed.',
            block: false,
          },
          name: { kind: 'Name', value: 'recordedBy' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Actor' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque global ID.', block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What happened.', block: false },
          name: { kind: 'Name', value: 'kind' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementKind' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The product that moved.', block: false },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Where the stock came from; null when it entered from outside (receipt, return, upward adjustment).',
            block: false,
          },
          name: { kind: 'Name', value: 'fromLocation' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Where the stock went; null when it left (shipment, write-off, downward adjustment).',
            block: false,
          },
          name: { kind: 'Name', value: 'toLocation' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'How many units moved; always positive. Direction comes from the locations.',
            block: false,
          },
          name: { kind: 'Name', value: 'quantity' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Cost per unit, for receipts and returns (and their reversals). MANAGER and above.',
            block: false,
          },
          name: { kind: 'Name', value: 'unitCost' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Selling price per unit, for shipments (and their reversals).',
            block: false,
          },
          name: { kind: 'Name', value: 'unitPrice' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Why it happened.', block: false },
          name: { kind: 'Name', value: 'reason' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementReason' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The business document it belongs to, e.g. a purchase- or sales-order number.',
            block: false,
          },
          name: { kind: 'Name', value: 'reference' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The supplier or customer.', block: false },
          name: { kind: 'Name', value: 'counterparty' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Free text.', block: false },
          name: { kind: 'Name', value: 'note' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Business time: when it happened. May be earlier than `recordedAt` for back-dated entries.',
            block: false,
          },
          name: { kind: 'Name', value: 'occurredAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Server time: when Stockroom recorded it.', block: false },
          name: { kind: 'Name', value: 'recordedAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The idempotency key it was recorded under, if any.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The movement this one reverses; null for ordinary movements.',
            block: false,
          },
          name: { kind: 'Name', value: 'reversalOf' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The movement that reversed this one; null while it stands.',
            block: false,
          },
          name: { kind: 'Name', value: 'reversedBy' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The state the units left at `fromLocation` (AVAILABLE unless a write-off or state change says otherwise); null without `fromLocation`.',
            block: false,
          },
          name: { kind: 'Name', value: 'fromState' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockState' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The state the units arrived in at `toLocation`; null without `toLocation`.',
            block: false,
          },
          name: { kind: 'Name', value: 'toState' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockState' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The reservation whose held units this shipment took; null for unheld units.',
            block: false,
          },
          name: { kind: 'Name', value: 'reservation' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Reservation' } },
          directives: [],
        },
      ],
      directives: [],
      interfaces: [{ kind: 'NamedType', name: { kind: 'Name', value: 'Node' } }],
    },
    {
      kind: 'ScalarTypeDefinition',
      description: {
        kind: 'StringValue',
        value:
          'An exact decimal number, sent and returned as a string such as `"12.50"`, so that money\nnever passes through a binary float. Inputs also accept integer and decimal literals.',
        block: true,
      },
      name: { kind: 'Name', value: 'Decimal' },
      directives: [],
    },
    {
      kind: 'ScalarTypeDefinition',
      description: {
        kind: 'StringValue',
        value:
          'A point in time, as an ISO 8601 / RFC 3339 string with a time zone, e.g. `"2026-11-21T09:30:00Z"`,\nbetween 1900-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z; others are refused with `BAD_USER_INPUT`.',
        block: true,
      },
      name: { kind: 'Name', value: 'DateTime' },
      directives: [],
    },
    {
      kind: 'ScalarTypeDefinition',
      description: { kind: 'StringValue', value: 'An integer that is zero or more.', block: false },
      name: { kind: 'Name', value: 'NonNegativeInt' },
      directives: [],
    },
    {
      kind: 'ScalarTypeDefinition',
      description: {
        kind: 'StringValue',
        value:
          "A whole number between -(2^53 - 1) and 2^53 - 1, sent as a JSON number. Totals over many products\nor movements (a category's units, a day's receipts) use it, because they can exceed `Int`'s 32 bits\neven though every single quantity fits one.",
        block: true,
      },
      name: { kind: 'Name', value: 'SafeInt' },
      directives: [],
    },
    {
      kind: 'EnumTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'A permission an API key can be given besides its role.',
        block: false,
      },
      name: { kind: 'Name', value: 'ApiKeyGrant' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Create, change and read webhook subscriptions and their deliveries (`ApiKey.manageWebhooks`).',
            block: false,
          },
          name: { kind: 'Name', value: 'MANAGE_WEBHOOKS' },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'What a user or API key may do.', block: false },
      name: { kind: 'Name', value: 'Role' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Everything, including users and API keys.', block: false },
          name: { kind: 'Name', value: 'ADMIN' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Catalogue, locations, every stock operation, costs, valuation and reports.',
            block: false,
          },
          name: { kind: 'Name', value: 'MANAGER' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Records stock movements, and reads.', block: false },
          name: { kind: 'Name', value: 'CLERK' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Reads, without costs or valuation.', block: false },
          name: { kind: 'Name', value: 'VIEWER' },
          directives: [],
        },
      ],
    },
    {
      kind: 'InterfaceTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'An object with a global ID that `Query.node` can fetch again.',
        block: false,
      },
      name: { kind: 'Name', value: 'Node' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Opaque global ID. Store it as is; do not parse it.',
            block: false,
          },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Where a page of a connection sits in the whole list.', block: false },
      name: { kind: 'Name', value: 'PageInfo' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'True when more items follow the last item of this page.',
            block: false,
          },
          name: { kind: 'Name', value: 'hasNextPage' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'True when more items come before the first item of this page.',
            block: false,
          },
          name: { kind: 'Name', value: 'hasPreviousPage' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Cursor of the first item of this page; null when the page is empty.',
            block: false,
          },
          name: { kind: 'Name', value: 'startCursor' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Cursor of the last item of this page; null when the page is empty.',
            block: false,
          },
          name: { kind: 'Name', value: 'endCursor' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'Sort direction for list orderings.', block: false },
      name: { kind: 'Name', value: 'SortDirection' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Smallest, oldest or A first.', block: false },
          name: { kind: 'Name', value: 'ASC' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Largest, newest or Z first.', block: false },
          name: { kind: 'Name', value: 'DESC' },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'Why a mutation refused its input. Codes are stable; messages are for people and may change.',
        block: true,
      },
      name: { kind: 'Name', value: 'ErrorCode' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The ID is not a well-formed Stockroom global ID, or identifies an object of another type.',
            block: false,
          },
          name: { kind: 'Name', value: 'INVALID_ID' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'No object has this ID (or SKU, or code).', block: false },
          name: { kind: 'Name', value: 'NOT_FOUND' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A value is required and was empty or only white space.',
            block: false,
          },
          name: { kind: 'Name', value: 'BLANK' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A text value is longer than its limit (the message names the limit).',
            block: false,
          },
          name: { kind: 'Name', value: 'TOO_LONG' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A value does not have the required shape, e.g. a SKU containing spaces.',
            block: false,
          },
          name: { kind: 'Name', value: 'INVALID_FORMAT' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              "A number is outside its allowed range, e.g. a negative price, too many decimal places, or a\nquantity that would take a product's total over all locations above 2,147,483,647.",
            block: true,
          },
          name: { kind: 'Name', value: 'OUT_OF_RANGE' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Another product already has this SKU; SKUs are compared ignoring case.',
            block: false,
          },
          name: { kind: 'Name', value: 'DUPLICATE_SKU' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Another location already has this code; codes are compared ignoring case.',
            block: false,
          },
          name: { kind: 'Name', value: 'DUPLICATE_LOCATION_CODE' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The product or location is archived; restore it before recording new movements.',
            block: false,
          },
          name: { kind: 'Name', value: 'ARCHIVED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A field was given that does not apply here, e.g. a unit cost on a shipment.',
            block: false,
          },
          name: { kind: 'Name', value: 'NOT_APPLICABLE' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The location has fewer units available than the movement needs (now, or at a later point in its history for a back-dated movement). The message gives both quantities.',
            block: false,
          },
          name: { kind: 'Name', value: 'INSUFFICIENT_STOCK' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Compare-and-set failed: the on-hand quantity is no longer what `expectedOnHand` said.',
            block: false,
          },
          name: { kind: 'Name', value: 'STALE_QUANTITY' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'This idempotency key was already used for a different request.',
            block: false,
          },
          name: { kind: 'Name', value: 'IDEMPOTENCY_KEY_REUSED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The first request with this idempotency key is still running, so nothing was written; retry\nshortly with the same key to get its result (or to run it, if the first was refused).',
            block: true,
          },
          name: { kind: 'Name', value: 'IDEMPOTENCY_KEY_IN_PROGRESS' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The email or password is incorrect (which one is never said).',
            block: false,
          },
          name: { kind: 'Name', value: 'INVALID_CREDENTIALS' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Too many failed sign-ins for this account or address; the message says when to try again.',
            block: false,
          },
          name: { kind: 'Name', value: 'TOO_MANY_ATTEMPTS' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Another user already has this email; emails are compared ignoring case.',
            block: false,
          },
          name: { kind: 'Name', value: 'DUPLICATE_EMAIL' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The change would leave Stockroom without an active ADMIN.',
            block: false,
          },
          name: { kind: 'Name', value: 'LAST_ADMIN' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A text value is shorter than its minimum (the message names it).',
            block: false,
          },
          name: { kind: 'Name', value: 'TOO_SHORT' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'The movement was already reversed.', block: false },
          name: { kind: 'Name', value: 'ALREADY_REVERSED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A reversal cannot itself be reversed; record a new movement instead.',
            block: false,
          },
          name: { kind: 'Name', value: 'CANNOT_REVERSE_REVERSAL' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: "A persisted document's id is not the sha256 of its text (the message gives the right one).",
            block: false,
          },
          name: { kind: 'Name', value: 'HASH_MISMATCH' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              "The reservation's hold expired (its `expiresAt` passed); its units are available again and it can no longer be fulfilled, extended or committed.",
            block: false,
          },
          name: { kind: 'Name', value: 'RESERVATION_EXPIRED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The reservation was already fulfilled or released in full; nothing is held any more.',
            block: false,
          },
          name: { kind: 'Name', value: 'RESERVATION_CLOSED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The reservation was already committed: it no longer expires, so it cannot be extended or committed again.',
            block: false,
          },
          name: { kind: 'Name', value: 'ALREADY_COMMITTED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The reservation holds nothing of this product at this location.',
            block: false,
          },
          name: { kind: 'Name', value: 'NOT_IN_RESERVATION' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'More units were asked of the reservation than it still holds at this location (the message gives how many).',
            block: false,
          },
          name: { kind: 'Name', value: 'EXCEEDS_RESERVATION' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'More units were asked of a transfer or purchase-order line than it still has outstanding (plus its tolerance); the message gives how many.',
            block: false,
          },
          name: { kind: 'Name', value: 'EXCEEDS_OUTSTANDING' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              "The document's status does not allow this change (e.g. shipping a transfer that already shipped, cancelling a purchase order that has had receipts).",
            block: false,
          },
          name: { kind: 'Name', value: 'INVALID_STATUS' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A webhook URL that Stockroom will not send to: not https (unless WEBHOOK_ALLOW_HTTP=true), or its\nhost resolves to a loopback, private, link-local, metadata or other non-public address (unless\nWEBHOOK_ALLOW_PRIVATE_NETWORKS=true), or it does not resolve at all. The message says which.',
            block: true,
          },
          name: { kind: 'Name', value: 'URL_NOT_ALLOWED' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value:
          "One problem with a mutation's input. Expected failures are reported here rather than as\nGraphQL errors, so that a client can show them next to the offending field.",
        block: true,
      },
      name: { kind: 'Name', value: 'UserError' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Machine-readable reason.', block: false },
          name: { kind: 'Name', value: 'code' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ErrorCode' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Path to the input field at fault, relative to the mutation\'s `input` argument,\ne.g. `["price"]`; null when the error concerns the input as a whole.',
            block: true,
          },
          name: { kind: 'Name', value: 'field' },
          arguments: [],
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Human-readable explanation, in English.', block: false },
          name: { kind: 'Name', value: 'message' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
      ],
    },
    {
      name: { kind: 'Name', value: 'Product' },
      description: {
        kind: 'StringValue',
        value: 'Something Stockroom keeps stock of, identified by its SKU.',
        block: false,
      },
      kind: 'ObjectTypeDefinition',
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque global ID.', block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "Stock-keeping unit: the business's own code for the product. Unique, compared ignoring case.",
            block: false,
          },
          name: { kind: 'Name', value: 'sku' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Display name.', block: false },
          name: { kind: 'Name', value: 'name' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Free-text description; empty when none was given.',
            block: false,
          },
          name: { kind: 'Name', value: 'description' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Category name used for grouping and reports, e.g. `Tools`.',
            block: false,
          },
          name: { kind: 'Name', value: 'category' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Unit of measure that quantities are counted in, e.g. `pcs`, `kg` or `box`.',
            block: false,
          },
          name: { kind: 'Name', value: 'unit' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "Selling price per unit, in the business's currency.",
            block: false,
          },
          name: { kind: 'Name', value: 'price' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'When available stock falls to or below this quantity, the product needs reordering.',
            block: false,
          },
          name: { kind: 'Name', value: 'reorderPoint' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'NonNegativeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'How many units to order when reordering.', block: false },
          name: { kind: 'Name', value: 'reorderQuantity' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'NonNegativeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The supplier this product is usually bought from; `createPurchaseOrdersFromSuggestions` orders from it.',
            block: false,
          },
          name: { kind: 'Name', value: 'preferredSupplier' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Days from placing an order to receiving it, as usually seen: compare with `daysOfCover`.',
            block: false,
          },
          name: { kind: 'Name', value: 'leadTimeDays' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NonNegativeInt' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'False once the product is archived.', block: false },
          name: { kind: 'Name', value: 'active' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'When the product was archived; null while it is active.',
            block: false,
          },
          name: { kind: 'Name', value: 'archivedAt' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When the product was created.', block: false },
          name: { kind: 'Name', value: 'createdAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "When any of the product's details last changed.", block: false },
          name: { kind: 'Name', value: 'updatedAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units on their way to any location: open purchase-order remainders plus transfers in transit.',
            block: false,
          },
          name: { kind: 'Name', value: 'incoming' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: '`incoming` over every location, by expected date, earliest first (undated last).',
            block: false,
          },
          name: { kind: 'Name', value: 'incomingSchedule' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'IncomingQuantity' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Moving weighted average cost per unit across all locations: each receipt (and each return with a\ncost) blends its unit cost into the average; shipments, write-offs and transfers leave it\nunchanged; a reversal takes its units out (or back in) at the cost they were valued at. Null until\nthe product's first costed receipt. MANAGER and above.",
            block: true,
          },
          name: { kind: 'Name', value: 'averageCost' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Units on hand across all locations times `averageCost`; 0 when nothing is on hand. MANAGER and above.',
            block: false,
          },
          name: { kind: 'Name', value: 'inventoryValue' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'How many days the available stock lasts at the average daily outflow (shipments and write-offs,\nnet of their reversals) over the last `windowDays` days. Null when nothing flowed out in the\nwindow. MANAGER and above.',
            block: true,
          },
          name: { kind: 'Name', value: 'daysOfCover' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'How many past days to average the outflow over (1 to 365).',
                block: false,
              },
              name: { kind: 'Name', value: 'windowDays' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
              defaultValue: { kind: 'IntValue', value: '30' },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Only stock and outflow at this location.', block: false },
              name: { kind: 'Name', value: 'locationId' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
          ],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Other active products like this one, best match first, scored in [0, 1] from price proximity, same\ncategory, and trigram similarity of name and description. No external model. MANAGER and above.',
            block: true,
          },
          name: { kind: 'Name', value: 'similar' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'How many products to return (1 to 50).', block: false },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
              defaultValue: { kind: 'IntValue', value: '5' },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'How much each signal counts; each weight is 0 or more and at least one is above 0.',
                block: false,
              },
              name: { kind: 'Name', value: 'weights' },
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'SimilarityWeights' } },
              },
              defaultValue: { kind: 'ObjectValue', fields: [] },
              directives: [],
            },
          ],
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SimilarProduct' } } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units on hand across all locations.', block: false },
          name: { kind: 'Name', value: 'onHand' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units held by active, unexpired reservations, across all locations.',
            block: false,
          },
          name: { kind: 'Name', value: 'reserved' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units held by committed reservations, across all locations.',
            block: false,
          },
          name: { kind: 'Name', value: 'committed' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Damaged units, across all locations.', block: false },
          name: { kind: 'Name', value: 'damaged' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units waiting for a quality check, across all locations.',
            block: false,
          },
          name: { kind: 'Name', value: 'qualityControl' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Safety stock, across all locations.', block: false },
          name: { kind: 'Name', value: 'safetyStock' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "Units available across all locations: the sum of each level's `available`.",
            block: false,
          },
          name: { kind: 'Name', value: 'available' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Current stock at each location that has held this product; one location only when `locationId` is given.\nEvery product's levels download as `/exports/stock-levels.csv` or `.xlsx`, for MANAGER and above.",
            block: true,
          },
          name: { kind: 'Name', value: 'stockLevels' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Only this location.', block: false },
              name: { kind: 'Name', value: 'locationId' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } } },
            },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'export' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'name' },
                  value: { kind: 'StringValue', value: 'stock-levels', block: false },
                },
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "This product's movements, newest first.", block: false },
          name: { kind: 'Name', value: 'movements' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging forwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Returns movements after this cursor (older ones).',
                block: false,
              },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Returns movements before this cursor (newer ones).',
                block: false,
              },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementConnection' } },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Stock of this product at a past moment, from the ledger by business time: back-dated movements\ncount from the moment they occurred.',
            block: true,
          },
          name: { kind: 'Name', value: 'stockAsOf' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'The moment.', block: false },
              name: { kind: 'Name', value: 'at' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Only this location.', block: false },
              name: { kind: 'Name', value: 'locationId' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockAsOf' } } },
          directives: [],
        },
      ],
      directives: [],
      interfaces: [{ kind: 'NamedType', name: { kind: 'Name', value: 'Node' } }],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A page of products.', block: false },
      name: { kind: 'Name', value: 'ProductConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The products on this page, each with its cursor.', block: false },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductEdge' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The products on this page, without cursors (a shortcut for `edges { node }`).',
            block: false,
          },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole list.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'How many products match the filter, across all pages.',
            block: false,
          },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A product and its position in a list.', block: false },
      name: { kind: 'Name', value: 'ProductEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after` or `before`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'Narrows the product list. All given conditions must hold.',
        block: false,
      },
      name: { kind: 'Name', value: 'ProductFilter' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Case-insensitive text that the SKU, name or description contains.',
            block: false,
          },
          name: { kind: 'Name', value: 'search' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Exact category name (case-insensitive).', block: false },
          name: { kind: 'Name', value: 'category' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'True for active products only (the default), false for archived ones only, null for both.',
            block: false,
          },
          name: { kind: 'Name', value: 'active' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          defaultValue: { kind: 'BooleanValue', value: true },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Lowest price to include.', block: false },
          name: { kind: 'Name', value: 'minPrice' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Highest price to include.', block: false },
          name: { kind: 'Name', value: 'maxPrice' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'How to sort the product list.', block: false },
      name: { kind: 'Name', value: 'ProductOrder' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The field to sort by.', block: false },
          name: { kind: 'Name', value: 'field' },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductOrderField' } },
          },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Ascending by default.', block: false },
          name: { kind: 'Name', value: 'direction' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortDirection' } },
          defaultValue: { kind: 'EnumValue', value: 'ASC' },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'Fields the product list can be sorted by.', block: false },
      name: { kind: 'Name', value: 'ProductOrderField' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'By SKU.', block: false },
          name: { kind: 'Name', value: 'SKU' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'By name.', block: false },
          name: { kind: 'Name', value: 'NAME' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'By price.', block: false },
          name: { kind: 'Name', value: 'PRICE' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'By category name.', block: false },
          name: { kind: 'Name', value: 'CATEGORY' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'By creation time.', block: false },
          name: { kind: 'Name', value: 'CREATED_AT' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A category and how many products it holds.', block: false },
      name: { kind: 'Name', value: 'Category' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The category name as products spell it.', block: false },
          name: { kind: 'Name', value: 'name' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'How many products are in it.', block: false },
          name: { kind: 'Name', value: 'productCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A new product.', block: false },
      name: { kind: 'Name', value: 'CreateProductInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Stock-keeping unit, 1 to 64 characters without white space. Must be unique, ignoring case.',
            block: false,
          },
          name: { kind: 'Name', value: 'sku' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Display name, 1 to 200 characters.', block: false },
          name: { kind: 'Name', value: 'name' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Up to 5,000 characters.', block: false },
          name: { kind: 'Name', value: 'description' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Category name, up to 100 characters; defaults to `Uncategorised`.',
            block: false,
          },
          name: { kind: 'Name', value: 'category' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Unit of measure, up to 20 characters; defaults to `pcs`.',
            block: false,
          },
          name: { kind: 'Name', value: 'unit' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Selling price per unit: zero or more, at most 4 decimal places.',
            block: false,
          },
          name: { kind: 'Name', value: 'price' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Defaults to 0.', block: false },
          name: { kind: 'Name', value: 'reorderPoint' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NonNegativeInt' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Defaults to 0.', block: false },
          name: { kind: 'Name', value: 'reorderQuantity' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NonNegativeInt' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The supplier it is usually bought from (up to 200 characters).',
            block: false,
          },
          name: { kind: 'Name', value: 'preferredSupplier' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Days from ordering to receiving, as usually seen.',
            block: false,
          },
          name: { kind: 'Name', value: 'leadTimeDays' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NonNegativeInt' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'Changes to a product; omitted fields keep their value.',
        block: false,
      },
      name: { kind: 'Name', value: 'UpdateProductInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The product to change.', block: false },
          name: { kind: 'Name', value: 'id' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New SKU, with the same rules as on creation.', block: false },
          name: { kind: 'Name', value: 'sku' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New name.', block: false },
          name: { kind: 'Name', value: 'name' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New description.', block: false },
          name: { kind: 'Name', value: 'description' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New category.', block: false },
          name: { kind: 'Name', value: 'category' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New unit of measure.', block: false },
          name: { kind: 'Name', value: 'unit' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New price.', block: false },
          name: { kind: 'Name', value: 'price' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New reorder point.', block: false },
          name: { kind: 'Name', value: 'reorderPoint' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NonNegativeInt' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New reorder quantity.', block: false },
          name: { kind: 'Name', value: 'reorderQuantity' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NonNegativeInt' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'New preferred supplier; an empty string removes it.',
            block: false,
          },
          name: { kind: 'Name', value: 'preferredSupplier' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New lead time in days.', block: false },
          name: { kind: 'Name', value: 'leadTimeDays' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NonNegativeInt' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Which product to archive.', block: false },
      name: { kind: 'Name', value: 'ArchiveProductInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The product's global ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Which product to restore.', block: false },
      name: { kind: 'Name', value: 'RestoreProductInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The product's global ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `createProduct`.', block: false },
      name: { kind: 'Name', value: 'CreateProductPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The new product; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `updateProduct`.', block: false },
      name: { kind: 'Name', value: 'UpdateProductPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The product after the change; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `archiveProduct`.', block: false },
      name: { kind: 'Name', value: 'ArchiveProductPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The archived product; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `restoreProduct`.', block: false },
      name: { kind: 'Name', value: 'RestoreProductPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The restored product; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'What an event says happened. The payload type each one carries is named beside it.',
        block: false,
      },
      name: { kind: 'Name', value: 'EventType' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A movement was recorded (MovementEventPayload): receipts, shipments, transfers, counts, write-offs, returns and state changes.',
            block: false,
          },
          name: { kind: 'Name', value: 'MOVEMENT_RECORDED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              "A movement was reversed (MovementEventPayload): the payload's movement is the reversal, `reversalOfId` names the original.",
            block: false,
          },
          name: { kind: 'Name', value: 'MOVEMENT_REVERSED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A reservation was made (ReservationEventPayload).',
            block: false,
          },
          name: { kind: 'Name', value: 'RESERVATION_CREATED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: "An active reservation's expiry was moved (ReservationEventPayload).",
            block: false,
          },
          name: { kind: 'Name', value: 'RESERVATION_EXTENDED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A reservation was committed to an order (ReservationEventPayload).',
            block: false,
          },
          name: { kind: 'Name', value: 'RESERVATION_COMMITTED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              "A reservation's last held unit shipped (ReservationEventPayload); partial shipments are MOVEMENT_RECORDED events naming the reservation.",
            block: false,
          },
          name: { kind: 'Name', value: 'RESERVATION_FULFILLED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Some or all of a reservation's units were given back (ReservationEventPayload); its status says whether any remain.",
            block: false,
          },
          name: { kind: 'Name', value: 'RESERVATION_RELEASED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A hold lapsed and Stockroom stored it as EXPIRED (ReservationEventPayload). Its units stopped counting at `expiresAt`; this is sent within RESERVATION_SWEEP_SECONDS of it, or at the next write to one of its levels.',
            block: false,
          },
          name: { kind: 'Name', value: 'RESERVATION_EXPIRED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: "A level's safety stock was set to a new figure (SafetyStockEventPayload).",
            block: false,
          },
          name: { kind: 'Name', value: 'SAFETY_STOCK_CHANGED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A product was added to the catalogue (ProductEventPayload).',
            block: false,
          },
          name: { kind: 'Name', value: 'PRODUCT_CREATED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: "A product's details changed (ProductEventPayload).",
            block: false,
          },
          name: { kind: 'Name', value: 'PRODUCT_UPDATED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'A product was archived (ProductEventPayload).', block: false },
          name: { kind: 'Name', value: 'PRODUCT_ARCHIVED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'An archived product was restored (ProductEventPayload).',
            block: false,
          },
          name: { kind: 'Name', value: 'PRODUCT_RESTORED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'A location was added (LocationEventPayload).', block: false },
          name: { kind: 'Name', value: 'LOCATION_CREATED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: "A location's details changed (LocationEventPayload).",
            block: false,
          },
          name: { kind: 'Name', value: 'LOCATION_UPDATED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'A location was archived (LocationEventPayload).', block: false },
          name: { kind: 'Name', value: 'LOCATION_ARCHIVED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'An archived location was restored (LocationEventPayload).',
            block: false,
          },
          name: { kind: 'Name', value: 'LOCATION_RESTORED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              "A product's available stock, company-wide, fell to or below its reorder point (ReorderPointEventPayload).",
            block: false,
          },
          name: { kind: 'Name', value: 'PRODUCT_BELOW_REORDER_POINT' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              "A product's available stock rose above its reorder point again, or its reorder point was lowered or removed below it (ReorderPointEventPayload).",
            block: false,
          },
          name: { kind: 'Name', value: 'PRODUCT_ABOVE_REORDER_POINT' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'A transfer was drafted (TransferEventPayload).', block: false },
          name: { kind: 'Name', value: 'TRANSFER_CREATED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A transfer shipped: its units left the source and are in transit (TransferEventPayload; the movements have their own MOVEMENT_RECORDED events).',
            block: false,
          },
          name: { kind: 'Name', value: 'TRANSFER_SHIPPED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: "Some or all of a transfer's units were received at the destination (TransferEventPayload).",
            block: false,
          },
          name: { kind: 'Name', value: 'TRANSFER_RECEIVED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A transfer was closed; units still in transit were declared lost (TransferEventPayload).',
            block: false,
          },
          name: { kind: 'Name', value: 'TRANSFER_CLOSED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A transfer was cancelled; after shipping, its units in transit went back to the source (TransferEventPayload).',
            block: false,
          },
          name: { kind: 'Name', value: 'TRANSFER_CANCELLED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A purchase order was drafted (PurchaseOrderEventPayload).',
            block: false,
          },
          name: { kind: 'Name', value: 'PURCHASE_ORDER_CREATED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A draft purchase order was changed (PurchaseOrderEventPayload).',
            block: false,
          },
          name: { kind: 'Name', value: 'PURCHASE_ORDER_UPDATED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A purchase order was placed with its supplier; its lines count as incoming (PurchaseOrderEventPayload).',
            block: false,
          },
          name: { kind: 'Name', value: 'PURCHASE_ORDER_PLACED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Units arrived against a purchase order (PurchaseOrderEventPayload; each receipt has its MOVEMENT_RECORDED event).',
            block: false,
          },
          name: { kind: 'Name', value: 'PURCHASE_ORDER_RECEIVED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A purchase order was closed; what had not arrived will not come (PurchaseOrderEventPayload).',
            block: false,
          },
          name: { kind: 'Name', value: 'PURCHASE_ORDER_CLOSED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A purchase order was cancelled before anything arrived (PurchaseOrderEventPayload).',
            block: false,
          },
          name: { kind: 'Name', value: 'PURCHASE_ORDER_CANCELLED' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value:
          "A change an integrator can follow: recorded in the same transaction as the change, so there is an\nevent exactly when the change committed. The same event reaches the feed (`events`), webhooks (as\nthe JSON body's `data`) and subscriptions.",
        block: true,
      },
      name: { kind: 'Name', value: 'Event' },
      interfaces: [{ kind: 'NamedType', name: { kind: 'Name', value: 'Node' } }],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The event's global ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "The event's sequence number: unique and increasing in the order events were written (not always the order the feed shows them; follow the feed's cursors, not this).",
            block: false,
          },
          name: { kind: 'Name', value: 'sequence' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What happened.', block: false },
          name: { kind: 'Name', value: 'type' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventType' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When the change was written (server time).', block: false },
          name: { kind: 'Name', value: 'occurredAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Who made the change; null for Stockroom itself (expiring holds) and for changes made before sign-in existed.',
            block: false,
          },
          name: { kind: 'Name', value: 'actor' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Actor' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Global IDs of the products the event is about.', block: false },
          name: { kind: 'Name', value: 'productIds' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Global IDs of the locations the event is about.', block: false },
          name: { kind: 'Name', value: 'locationIds' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The reservation the event is about, if any (reservation events, and shipments that took held units).',
            block: false,
          },
          name: { kind: 'Name', value: 'reservationId' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'What changed, as it stood when the change committed. Its type depends on `type`.',
            block: false,
          },
          name: { kind: 'Name', value: 'payload' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventPayload' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'UnionTypeDefinition',
      description: { kind: 'StringValue', value: "An event's payload, by event type (see EventType).", block: false },
      name: { kind: 'Name', value: 'EventPayload' },
      directives: [],
      types: [
        { kind: 'NamedType', name: { kind: 'Name', value: 'LocationEventPayload' } },
        { kind: 'NamedType', name: { kind: 'Name', value: 'MovementEventPayload' } },
        { kind: 'NamedType', name: { kind: 'Name', value: 'ProductEventPayload' } },
        { kind: 'NamedType', name: { kind: 'Name', value: 'ReorderPointEventPayload' } },
        { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationEventPayload' } },
        { kind: 'NamedType', name: { kind: 'Name', value: 'SafetyStockEventPayload' } },
        { kind: 'NamedType', name: { kind: 'Name', value: 'TransferEventPayload' } },
        { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderEventPayload' } },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'MOVEMENT_RECORDED and MOVEMENT_REVERSED: the movement and the levels it changed.',
        block: false,
      },
      name: { kind: 'Name', value: 'MovementEventPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The movement as recorded.', block: false },
          name: { kind: 'Name', value: 'movement' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementSnapshot' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The stock levels the movement changed, as they stood right after it (after the whole batch, for movements recorded together by `recordMovements`).',
            block: false,
          },
          name: { kind: 'Name', value: 'stockLevels' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevelSnapshot' } },
              },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'The RESERVATION_* events: the reservation and its levels.',
        block: false,
      },
      name: { kind: 'Name', value: 'ReservationEventPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The reservation right after the change.', block: false },
          name: { kind: 'Name', value: 'reservation' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationSnapshot' } },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "The stock levels of the reservation's lines that the change locked, right after it (a shipment that fulfils a multi-line reservation carries only the levels it shipped from).",
            block: false,
          },
          name: { kind: 'Name', value: 'stockLevels' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevelSnapshot' } },
              },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'SAFETY_STOCK_CHANGED: the levels whose safety stock changed.',
        block: false,
      },
      name: { kind: 'Name', value: 'SafetyStockEventPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The stock levels right after the change.', block: false },
          name: { kind: 'Name', value: 'stockLevels' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevelSnapshot' } },
              },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'PRODUCT_CREATED, PRODUCT_UPDATED, PRODUCT_ARCHIVED and PRODUCT_RESTORED.',
        block: false,
      },
      name: { kind: 'Name', value: 'ProductEventPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The product right after the change.', block: false },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductSnapshot' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'LOCATION_CREATED, LOCATION_UPDATED, LOCATION_ARCHIVED and LOCATION_RESTORED.',
        block: false,
      },
      name: { kind: 'Name', value: 'LocationEventPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The location right after the change.', block: false },
          name: { kind: 'Name', value: 'location' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationSnapshot' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'PRODUCT_BELOW_REORDER_POINT and PRODUCT_ABOVE_REORDER_POINT.',
        block: false,
      },
      name: { kind: 'Name', value: 'ReorderPointEventPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductSnapshot' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Its available units across every location right after the change that made it cross.',
            block: false,
          },
          name: { kind: 'Name', value: 'available' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: "A stock level's figures at one moment (see StockLevel for what each means).",
        block: false,
      },
      name: { kind: 'Name', value: 'StockLevelSnapshot' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The product's global ID.", block: false },
          name: { kind: 'Name', value: 'productId' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The location's global ID.", block: false },
          name: { kind: 'Name', value: 'locationId' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units physically there, in every state.', block: false },
          name: { kind: 'Name', value: 'onHand' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units held by active reservations.', block: false },
          name: { kind: 'Name', value: 'reserved' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units held by committed reservations.', block: false },
          name: { kind: 'Name', value: 'committed' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units in the DAMAGED state.', block: false },
          name: { kind: 'Name', value: 'damaged' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units in the QUALITY_CONTROL state.', block: false },
          name: { kind: 'Name', value: 'qualityControl' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units never offered as available.', block: false },
          name: { kind: 'Name', value: 'safetyStock' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units that can be sold, reserved or transferred.', block: false },
          name: { kind: 'Name', value: 'available' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'A movement as recorded (see Movement for what each field means).',
        block: false,
      },
      name: { kind: 'Name', value: 'MovementSnapshot' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "The movement's global ID; `node(id:)` reads it in full.",
            block: false,
          },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What kind of movement.', block: false },
          name: { kind: 'Name', value: 'kind' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementKind' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The product's global ID.", block: false },
          name: { kind: 'Name', value: 'productId' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Where the units left from; null for receipts and found stock.',
            block: false,
          },
          name: { kind: 'Name', value: 'fromLocationId' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Where the units arrived; null for shipments and write-offs.',
            block: false,
          },
          name: { kind: 'Name', value: 'toLocationId' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units moved, always positive.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The state the units left.', block: false },
          name: { kind: 'Name', value: 'fromState' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockState' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The state the units arrived in.', block: false },
          name: { kind: 'Name', value: 'toState' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockState' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Why it happened.', block: false },
          name: { kind: 'Name', value: 'reason' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementReason' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The business document it belongs to.', block: false },
          name: { kind: 'Name', value: 'reference' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Business time: when it happened.', block: false },
          name: { kind: 'Name', value: 'occurredAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The reservation whose held units it took.', block: false },
          name: { kind: 'Name', value: 'reservationId' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'For a reversal, the movement it reverses.', block: false },
          name: { kind: 'Name', value: 'reversalOfId' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A reservation at one moment (see Reservation).', block: false },
      name: { kind: 'Name', value: 'ReservationSnapshot' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "The reservation's global ID; `node(id:)` reads it as it is now.",
            block: false,
          },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Its status right after the change.', block: false },
          name: { kind: 'Name', value: 'status' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationStatus' } },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'When an active hold lapses; null once committed or closed.',
            block: false,
          },
          name: { kind: 'Name', value: 'expiresAt' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "The caller's reference, e.g. a cart or order number.",
            block: false,
          },
          name: { kind: 'Name', value: 'reference' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Who the units are held for, e.g. a customer or channel.',
            block: false,
          },
          name: { kind: 'Name', value: 'holder' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Its lines.', block: false },
          name: { kind: 'Name', value: 'lines' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationLineSnapshot' } },
              },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'One line of a reservation at one moment.', block: false },
      name: { kind: 'Name', value: 'ReservationLineSnapshot' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The product's global ID.", block: false },
          name: { kind: 'Name', value: 'productId' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The location's global ID.", block: false },
          name: { kind: 'Name', value: 'locationId' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units the line asked for.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units shipped against it.', block: false },
          name: { kind: 'Name', value: 'fulfilled' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units given back.', block: false },
          name: { kind: 'Name', value: 'released' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units it still holds: quantity - fulfilled - released.',
            block: false,
          },
          name: { kind: 'Name', value: 'outstanding' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A product at one moment (see Product).', block: false },
      name: { kind: 'Name', value: 'ProductSnapshot' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The product's global ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Its SKU.', block: false },
          name: { kind: 'Name', value: 'sku' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Its name.', block: false },
          name: { kind: 'Name', value: 'name' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Its category.', block: false },
          name: { kind: 'Name', value: 'category' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'False once archived.', block: false },
          name: { kind: 'Name', value: 'active' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Its reorder point; 0 means none.', block: false },
          name: { kind: 'Name', value: 'reorderPoint' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A location at one moment (see Location).', block: false },
      name: { kind: 'Name', value: 'LocationSnapshot' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The location's global ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Its code.', block: false },
          name: { kind: 'Name', value: 'code' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Its name.', block: false },
          name: { kind: 'Name', value: 'name' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What kind of place it is.', block: false },
          name: { kind: 'Name', value: 'kind' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationKind' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'False once archived.', block: false },
          name: { kind: 'Name', value: 'active' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A page of the change feed.', block: false },
      name: { kind: 'Name', value: 'EventConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The events with their cursors.', block: false },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventEdge' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The events alone.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where the page ends; keep `endCursor` to resume.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'An event and its place in the feed.', block: false },
      name: { kind: 'Name', value: 'EventEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Pass as `after` to read the events after this one.',
            block: false,
          },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The event.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } } },
          directives: [],
        },
      ],
    },
    {
      name: { kind: 'Name', value: 'Subscription' },
      description: {
        kind: 'StringValue',
        value:
          'Live updates over WebSocket (the graphql-transport-ws protocol of the `graphql-ws` library), at the\nsame URL as queries (`ws://…/graphql` for `http://…/graphql`). Send credentials in\nconnection_init\'s payload the way HTTP headers carry them: `{ "authorization": "Bearer <token or\nAPI key>" }` or `{ "x-api-key": "<key>" }`; a socket without valid ones is closed with code 4401.\nOnly subscriptions run over the socket; queries and mutations go over HTTP.\n\nEvery instance sends every change committed through any instance of the same database. A caller\nmay keep SUBSCRIPTIONS_PER_CALLER (100 by default) subscriptions open on one instance; one more is\nrefused with TOO_MANY_SUBSCRIPTIONS. When the server shuts down, sockets close with 1001 (Going\nAway): reconnect, and use `events(after:)` with the last cursor you kept to miss nothing.',
        block: true,
      },
      kind: 'ObjectTypeDefinition',
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'An import job as it progresses: the job now, then again whenever its progress, counts or status\nchange (at most a few times a second), ending after the message that shows it ended. Errors with\nNOT_FOUND when no job has this ID. MANAGER and above.',
            block: true,
          },
          name: { kind: 'Name', value: 'importJobProgress' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: "The job's ID.", block: false },
              name: { kind: 'Name', value: 'id' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportJob' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'MANAGER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Stock levels as each committed change leaves them: one message per change (a movement, a\nreservation change, a safety stock change), carrying every level that change touched and the\nfilters let through, together, as they stood right after it (a transfer sends its source and its\ndestination in one message). A change that touched none of the levels asked about sends nothing.',
            block: true,
          },
          name: { kind: 'Name', value: 'stockLevelChanged' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Only levels of these products; omitted means every product.',
                block: false,
              },
              name: { kind: 'Name', value: 'productIds' },
              type: {
                kind: 'ListType',
                type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
              },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Only levels at these locations; omitted means every location.',
                block: false,
              },
              name: { kind: 'Name', value: 'locationIds' },
              type: {
                kind: 'ListType',
                type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
              },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevelChange' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Every change to reservations with this reference (created, extended, committed, fulfilled,\nreleased, expired), with the reservation read as it is when the message is sent.',
            block: true,
          },
          name: { kind: 'Name', value: 'reservationChanged' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: "The reservation's `reference`, exactly.", block: false },
              name: { kind: 'Name', value: 'reference' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationChange' } },
          },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Products crossing their reorder point, in either direction. Without `locationId`: company-wide,\neach time a product's available units summed over every location fall to or below its reorder\npoint (BELOW) or rise above it again (ABOVE), as the PRODUCT_BELOW_REORDER_POINT and\nPRODUCT_ABOVE_REORDER_POINT events record it. With `locationId`: the available units at that\nlocation alone, judged against the product's reorder point after each change there; the first\nchange after you subscribe that finds a product at or below it there sends BELOW, and a later\none that lifts it above sends ABOVE. Products whose reorder point is 0 never alert.",
            block: true,
          },
          name: { kind: 'Name', value: 'lowStockAlert' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: "Watch this location's own stock; omitted means company-wide.",
                block: false,
              },
              name: { kind: 'Name', value: 'locationId' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LowStockAlert' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "The change feed as it grows: each event once, in the feed's order (as `Query.events` pages it).\nWith `after` (an edge's `cursor` from this subscription or from `Query.events`), the events\nalready in the feed after it come first, then new ones as they commit, with no gap and no\nduplicate between the two: keep the last cursor you received and pass it when you reconnect.\nVIEWER and above, like `Query.events`, which reads the same events.",
            block: true,
          },
          name: { kind: 'Name', value: 'events' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Only events of these types; omitted means every type.',
                block: false,
              },
              name: { kind: 'Name', value: 'types' },
              type: {
                kind: 'ListType',
                type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventType' } } },
              },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value:
                  'Start after this cursor: replay what followed it, then go on live. Omitted: only events committed from now on.',
                block: false,
              },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventEdge' } } },
          directives: [
            {
              kind: 'Directive',
              name: { kind: 'Name', value: 'auth' },
              arguments: [
                {
                  kind: 'Argument',
                  name: { kind: 'Name', value: 'requires' },
                  value: { kind: 'EnumValue', value: 'VIEWER' },
                },
              ],
            },
          ],
        },
      ],
      directives: [],
      interfaces: [],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'A file being imported in the background: uploaded once, then read, validated and written by a worker.',
        block: false,
      },
      name: { kind: 'Name', value: 'ImportJob' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque ID.', block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What the file holds.', block: false },
          name: { kind: 'Name', value: 'kind' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportKind' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where the job stands.', block: false },
          name: { kind: 'Name', value: 'status' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportJobStatus' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'How the file is read: `csv`, `jsonl` or `shopify`; null until detected from the file when the upload did not say.',
            block: false,
          },
          name: { kind: 'Name', value: 'format' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "The file's name as uploaded (the `filename` parameter), or `upload` when none was given.",
            block: false,
          },
          name: { kind: 'Name', value: 'fileName' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'True when the job only validates the rows and writes nothing (`dryRun=true` on upload).',
            block: false,
          },
          name: { kind: 'Name', value: 'dryRun' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'True when the job writes every row or none (`atomic=true` on upload).',
            block: false,
          },
          name: { kind: 'Name', value: 'atomic' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The column mapping given on upload (`map=sku=Code`); empty when none was given.',
            block: false,
          },
          name: { kind: 'Name', value: 'columnMap' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportColumnMapping' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'How far the worker has read the file.', block: false },
          name: { kind: 'Name', value: 'progress' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportProgress' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Rows read so far, including failed ones.', block: false },
          name: { kind: 'Name', value: 'rows' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Rows that created something (a product, a movement).',
            block: false,
          },
          name: { kind: 'Name', value: 'created' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Rows that changed something that existed.', block: false },
          name: { kind: 'Name', value: 'updated' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Rows that changed nothing: identical to what is stored, or already imported (a re-run, or rows\nthe job had committed before a restart made it start again).',
            block: true,
          },
          name: { kind: 'Name', value: 'unchanged' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Rows that could not be imported; `rowErrors` says why.',
            block: false,
          },
          name: { kind: 'Name', value: 'failed' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The rows that could not be imported, in row order, with the column, a code and a message.',
            block: false,
          },
          name: { kind: 'Name', value: 'rowErrors' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging forwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns errors after this cursor.', block: false },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns errors before this cursor.', block: false },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportRowErrorConnection' } },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Why the job FAILED (nothing could run, e.g. a required column is missing); null otherwise.',
            block: false,
          },
          name: { kind: 'Name', value: 'error' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportJobError' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'How many times a worker has started it: more than 1 means a restart interrupted it and it ran again.',
            block: false,
          },
          name: { kind: 'Name', value: 'attempts' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Who uploaded it; the rows are recorded as this caller. Null if that user or key no longer exists.',
            block: false,
          },
          name: { kind: 'Name', value: 'createdBy' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Actor' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it was uploaded.', block: false },
          name: { kind: 'Name', value: 'createdAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'When a worker first started it; null while QUEUED.',
            block: false,
          },
          name: { kind: 'Name', value: 'startedAt' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it ended; null until it does.', block: false },
          name: { kind: 'Name', value: 'finishedAt' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: "One column mapping: which of the file's columns stands for one of ours.",
        block: false,
      },
      name: { kind: 'Name', value: 'ImportColumnMapping' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Our column name, e.g. `sku`.', block: false },
          name: { kind: 'Name', value: 'column' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The file's column read for it, e.g. `Code`.", block: false },
          name: { kind: 'Name', value: 'fileColumn' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'How far an import job has read its file.', block: false },
      name: { kind: 'Name', value: 'ImportProgress' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Bytes of the file read so far.', block: false },
          name: { kind: 'Name', value: 'bytesRead' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The file's size in bytes.", block: false },
          name: { kind: 'Name', value: 'bytesTotal' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'bytesRead / bytesTotal, from 0 to 1 (1 once the job ended, 0 for an empty file).',
            block: false,
          },
          name: { kind: 'Name', value: 'fraction' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Why an import job failed as a whole.', block: false },
      name: { kind: 'Name', value: 'ImportJobError' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Machine-readable reason, e.g. `MISSING_COLUMN`, `UNKNOWN_FORMAT`, `EMPTY_FILE` (see the README's\nImport section), or `IMPORT_FAILED` when the worker met an unexpected failure.",
            block: true,
          },
          name: { kind: 'Name', value: 'code' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Human-readable explanation, in English.', block: false },
          name: { kind: 'Name', value: 'message' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: "What an import job's file holds.", block: false },
      name: { kind: 'Name', value: 'ImportKind' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Products, created or updated by SKU.', block: false },
          name: { kind: 'Name', value: 'PRODUCTS' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Opening balances or stocktake counts by SKU and location code, recorded as adjustments.',
            block: false,
          },
          name: { kind: 'Name', value: 'STOCK' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Receipts, shipments and transfers with their business dates, costs and counterparties.',
            block: false,
          },
          name: { kind: 'Name', value: 'MOVEMENTS' },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'Where an import job stands.', block: false },
      name: { kind: 'Name', value: 'ImportJobStatus' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Uploaded, waiting for a worker.', block: false },
          name: { kind: 'Name', value: 'QUEUED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'A worker is reading and writing it.', block: false },
          name: { kind: 'Name', value: 'RUNNING' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Every row was imported (or, in a dry run, is valid).',
            block: false,
          },
          name: { kind: 'Name', value: 'COMPLETED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'It ran to the end, and some rows failed: see `rowErrors`.',
            block: false,
          },
          name: { kind: 'Name', value: 'COMPLETED_WITH_ERRORS' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Nothing could run, or the worker failed: see `error`. In an atomic job nothing was written.',
            block: false,
          },
          name: { kind: 'Name', value: 'FAILED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Stopped by `cancelImportJob`; the rows committed before it stopped stay.',
            block: false,
          },
          name: { kind: 'Name', value: 'CANCELLED' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'One row an import could not import.', block: false },
      name: { kind: 'Name', value: 'ImportRowError' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "The row's number as a person finds it: in a CSV the header is row 1 and the first data row is\nrow 2 (as a spreadsheet shows it); in JSONL the first line is row 1.",
            block: true,
          },
          name: { kind: 'Name', value: 'row' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The column at fault (our column name, after mapping); null when the problem is the whole row.',
            block: false,
          },
          name: { kind: 'Name', value: 'column' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "Machine-readable reason: the import's own code or the matching mutation's `ErrorCode`.",
            block: false,
          },
          name: { kind: 'Name', value: 'code' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Human-readable explanation, in English.', block: false },
          name: { kind: 'Name', value: 'message' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: "A page of an import job's row errors.", block: false },
      name: { kind: 'Name', value: 'ImportRowErrorConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The errors on this page, each with its cursor.', block: false },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportRowErrorEdge' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The errors on this page, without cursors.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportRowError' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole list.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'How many rows failed, across all pages.', block: false },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A row error and its position in the list.', block: false },
      name: { kind: 'Name', value: 'ImportRowErrorEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after` or `before`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The row error.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportRowError' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A page of import jobs.', block: false },
      name: { kind: 'Name', value: 'ImportJobConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The jobs on this page, each with its cursor.', block: false },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportJobEdge' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The jobs on this page, without cursors.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportJob' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole list.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'How many jobs match, across all pages.', block: false },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'An import job and its position in a list.', block: false },
      name: { kind: 'Name', value: 'ImportJobEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after` or `before`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The job.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportJob' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Which import job to cancel.', block: false },
      name: { kind: 'Name', value: 'CancelImportJobInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The job's ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'The job, cancelled or on its way to stopping.', block: false },
      name: { kind: 'Name', value: 'CancelImportJobPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The job: CANCELLED when it was queued, still RUNNING until its next batch when it was running; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'importJob' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportJob' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'Where a transfer stands.', block: false },
      name: { kind: 'Name', value: 'TransferStatus' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Drafted; nothing has moved.', block: false },
          name: { kind: 'Name', value: 'DRAFT' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Shipped: its units have left the source and none has been received yet.',
            block: false,
          },
          name: { kind: 'Name', value: 'IN_TRANSIT' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Some units were received; the rest are still in transit.',
            block: false,
          },
          name: { kind: 'Name', value: 'PARTIALLY_RECEIVED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Every shipped unit was received.', block: false },
          name: { kind: 'Name', value: 'RECEIVED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Closed with a reason; units that had not arrived were recorded as lost.',
            block: false,
          },
          name: { kind: 'Name', value: 'CLOSED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Cancelled: before shipping nothing moved; after, the units in transit went back to the source.',
            block: false,
          },
          name: { kind: 'Name', value: 'CANCELLED' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value:
          'Stock sent from one location to another, over days. While IN_TRANSIT or PARTIALLY_RECEIVED its\noutstanding units are on hand at neither end: the ledger keeps them at the in-transit location,\nand they count as `incoming` at the destination.',
        block: true,
      },
      name: { kind: 'Name', value: 'Transfer' },
      interfaces: [{ kind: 'NamedType', name: { kind: 'Name', value: 'Node' } }],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque global ID.', block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where it stands now.', block: false },
          name: { kind: 'Name', value: 'status' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferStatus' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where the units leave from.', block: false },
          name: { kind: 'Name', value: 'fromLocation' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where the units go.', block: false },
          name: { kind: 'Name', value: 'toLocation' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "The client's document, e.g. a delivery note number.",
            block: false,
          },
          name: { kind: 'Name', value: 'reference' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'When the units are expected at the destination; `incomingSchedule` groups by it.',
            block: false,
          },
          name: { kind: 'Name', value: 'expectedArrival' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Why it was closed or cancelled, as given.', block: false },
          name: { kind: 'Name', value: 'closeReason' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What it sends, one line per product.', block: false },
          name: { kind: 'Name', value: 'lines' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferLine' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Every status change, oldest first: when, to what, by whom.',
            block: false,
          },
          name: { kind: 'Name', value: 'history' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferStatusChange' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it was drafted.', block: false },
          name: { kind: 'Name', value: 'createdAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it last changed.', block: false },
          name: { kind: 'Name', value: 'updatedAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'One product of a transfer.', block: false },
      name: { kind: 'Name', value: 'TransferLine' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units to send.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units that left the source (the whole quantity once shipped).',
            block: false,
          },
          name: { kind: 'Name', value: 'shipped' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units received at the destination, in any state.', block: false },
          name: { kind: 'Name', value: 'received' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units declared lost when the transfer was closed.',
            block: false,
          },
          name: { kind: 'Name', value: 'lost' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units returned to the source when the shipped transfer was cancelled.',
            block: false,
          },
          name: { kind: 'Name', value: 'returned' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units still in transit: `shipped - received - lost - returned`.',
            block: false,
          },
          name: { kind: 'Name', value: 'inTransit' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: "A change of a transfer's status.", block: false },
      name: { kind: 'Name', value: 'TransferStatusChange' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The status it changed to.', block: false },
          name: { kind: 'Name', value: 'status' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferStatus' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When (server time).', block: false },
          name: { kind: 'Name', value: 'at' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Who made the change; null for the demo data.', block: false },
          name: { kind: 'Name', value: 'actor' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Actor' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'One line of `createTransfer`.', block: false },
      name: { kind: 'Name', value: 'TransferLineInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The product to send; each product at most once per transfer.',
            block: false,
          },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'How many units; 1 to 1,000,000,000.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'What `createTransfer` drafts.', block: false },
      name: { kind: 'Name', value: 'CreateTransferInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Where the units leave from.', block: false },
          name: { kind: 'Name', value: 'fromLocationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Where they go; a different location.', block: false },
          name: { kind: 'Name', value: 'toLocationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: '1 to 100 lines, each product once.', block: false },
          name: { kind: 'Name', value: 'lines' },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferLineInput' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: "The client's document, e.g. a delivery note number (up to 100 characters).",
            block: false,
          },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'When the units are expected to arrive.', block: false },
          name: { kind: 'Name', value: 'expectedArrival' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Makes the request safe to retry: the same key with the same input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Which transfer `shipTransfer` ships.', block: false },
      name: { kind: 'Name', value: 'ShipTransferInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The DRAFT transfer.', block: false },
          name: { kind: 'Name', value: 'transferId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Makes the request safe to retry (see `createTransfer`).',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'One line of `receiveTransfer`.', block: false },
      name: { kind: 'Name', value: 'ReceiveTransferLineInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The product that arrived; a product of the transfer.',
            block: false,
          },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'How many units arrived; 1 up to what is still in transit.',
            block: false,
          },
          name: { kind: 'Name', value: 'quantity' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The state they arrive in: AVAILABLE (default), DAMAGED or QUALITY_CONTROL.',
            block: false,
          },
          name: { kind: 'Name', value: 'state' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockState' } },
          defaultValue: { kind: 'EnumValue', value: 'AVAILABLE' },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'What `receiveTransfer` records.', block: false },
      name: { kind: 'Name', value: 'ReceiveTransferInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The transfer, IN_TRANSIT or PARTIALLY_RECEIVED.', block: false },
          name: { kind: 'Name', value: 'transferId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: '1 to 100 lines, each product and state at most once.',
            block: false,
          },
          name: { kind: 'Name', value: 'lines' },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReceiveTransferLineInput' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Makes the request safe to retry (see `createTransfer`).',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'What `closeTransfer` closes.', block: false },
      name: { kind: 'Name', value: 'CloseTransferInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The transfer, IN_TRANSIT, PARTIALLY_RECEIVED or RECEIVED.',
            block: false,
          },
          name: { kind: 'Name', value: 'transferId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Why (1 to 1,000 characters); kept on the transfer and on the loss movements.',
            block: false,
          },
          name: { kind: 'Name', value: 'reason' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Makes the request safe to retry (see `createTransfer`).',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'What `cancelTransfer` cancels.', block: false },
      name: { kind: 'Name', value: 'CancelTransferInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The transfer, DRAFT, IN_TRANSIT or PARTIALLY_RECEIVED.',
            block: false,
          },
          name: { kind: 'Name', value: 'transferId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Why (up to 1,000 characters).', block: false },
          name: { kind: 'Name', value: 'reason' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Makes the request safe to retry (see `createTransfer`).',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'The result of a transfer mutation.', block: false },
      name: { kind: 'Name', value: 'TransferPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The transfer as the change left it; null when nothing was written.',
            block: false,
          },
          name: { kind: 'Name', value: 'transfer' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Transfer' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The movements the change recorded (none for create and for cancelling a draft).',
            block: false,
          },
          name: { kind: 'Name', value: 'movements' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The stock levels the movements changed, right after them.',
            block: false,
          },
          name: { kind: 'Name', value: 'stockLevels' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Units expected on one date.', block: false },
      name: { kind: 'Name', value: 'IncomingQuantity' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The expected date (start of day, UTC); null when the document gives none.',
            block: false,
          },
          name: { kind: 'Name', value: 'expectedOn' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units expected then.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      name: { kind: 'Name', value: 'StockLevel' },
      description: {
        kind: 'StringValue',
        value:
          'The stock of one product at one location, now. `available` = `onHand` - `reserved` - `committed` -\n`damaged` - `qualityControl` - `safetyStock`, never below 0.',
        block: true,
      },
      kind: 'ObjectTypeDefinition',
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Units on their way here: open purchase-order remainders to this location plus units of transfers\nin transit to it. Not on hand, not available. Loaded only when selected (one statement per page).',
            block: true,
          },
          name: { kind: 'Name', value: 'incoming' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: '`incoming` by expected date, earliest first (undated last).',
            block: false,
          },
          name: { kind: 'Name', value: 'incomingSchedule' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'IncomingQuantity' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The location.', block: false },
          name: { kind: 'Name', value: 'location' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units physically at the location, in every state.',
            block: false,
          },
          name: { kind: 'Name', value: 'onHand' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Units held by ACTIVE reservations (carts, quotes) that have not expired. A hold stops counting the instant it expires.',
            block: false,
          },
          name: { kind: 'Name', value: 'reserved' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units held by COMMITTED reservations (placed orders), until shipped or released.',
            block: false,
          },
          name: { kind: 'Name', value: 'committed' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units on hand that are damaged.', block: false },
          name: { kind: 'Name', value: 'damaged' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units on hand waiting for a quality check.', block: false },
          name: { kind: 'Name', value: 'qualityControl' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units never offered as available (set by `setSafetyStock`).',
            block: false,
          },
          name: { kind: 'Name', value: 'safetyStock' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Units that can be sold, reserved or transferred now: on hand less every hold, unsellable state and safety stock; never below 0.',
            block: false,
          },
          name: { kind: 'Name', value: 'available' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The reservations holding units here now: ACTIVE ones that have not expired, and COMMITTED ones.',
            block: false,
          },
          name: { kind: 'Name', value: 'reservations' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Reservation' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'When a movement or a hold last changed this level.',
            block: false,
          },
          name: { kind: 'Name', value: 'updatedAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
      ],
      directives: [],
      interfaces: [],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'TRANSFER_* events: the transfer right after the change.',
        block: false,
      },
      name: { kind: 'Name', value: 'TransferEventPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The transfer.', block: false },
          name: { kind: 'Name', value: 'transfer' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferSnapshot' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A transfer as it stood when an event was written.', block: false },
      name: { kind: 'Name', value: 'TransferSnapshot' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The transfer's global ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Its status after the change.', block: false },
          name: { kind: 'Name', value: 'status' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferStatus' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The source location's global ID.", block: false },
          name: { kind: 'Name', value: 'fromLocationId' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The destination's global ID.", block: false },
          name: { kind: 'Name', value: 'toLocationId' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The client's document.", block: false },
          name: { kind: 'Name', value: 'reference' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Its lines after the change.', block: false },
          name: { kind: 'Name', value: 'lines' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferLineSnapshot' } },
              },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'A transfer line as it stood when an event was written.',
        block: false,
      },
      name: { kind: 'Name', value: 'TransferLineSnapshot' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The product's global ID.", block: false },
          name: { kind: 'Name', value: 'productId' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units to send.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units shipped.', block: false },
          name: { kind: 'Name', value: 'shipped' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units received.', block: false },
          name: { kind: 'Name', value: 'received' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units declared lost.', block: false },
          name: { kind: 'Name', value: 'lost' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units returned to the source.', block: false },
          name: { kind: 'Name', value: 'returned' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'Where a purchase order stands.', block: false },
      name: { kind: 'Name', value: 'PurchaseOrderStatus' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Drafted; may still change; not incoming.', block: false },
          name: { kind: 'Name', value: 'DRAFT' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: "Placed with the supplier; every line's remainder is incoming.",
            block: false,
          },
          name: { kind: 'Name', value: 'ORDERED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Some units arrived; the remainders are still incoming.',
            block: false,
          },
          name: { kind: 'Name', value: 'PARTIALLY_RECEIVED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Every line arrived in full.', block: false },
          name: { kind: 'Name', value: 'RECEIVED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Closed: what had not arrived will not come.', block: false },
          name: { kind: 'Name', value: 'CLOSED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Cancelled before anything arrived.', block: false },
          name: { kind: 'Name', value: 'CANCELLED' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: "Stock ordered from a supplier, received into its lines' locations in one or more deliveries.",
        block: false,
      },
      name: { kind: 'Name', value: 'PurchaseOrder' },
      interfaces: [{ kind: 'NamedType', name: { kind: 'Name', value: 'Node' } }],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque global ID.', block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where it stands now.', block: false },
          name: { kind: 'Name', value: 'status' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderStatus' } },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Who the units are bought from; receipts record it as their counterparty.',
            block: false,
          },
          name: { kind: 'Name', value: 'supplier' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "The client's document, e.g. the supplier's order number.",
            block: false,
          },
          name: { kind: 'Name', value: 'reference' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'When delivery is expected; `incomingSchedule` groups by it.',
            block: false,
          },
          name: { kind: 'Name', value: 'expectedAt' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Why it was closed or cancelled, as given.', block: false },
          name: { kind: 'Name', value: 'closeReason' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What is ordered, in the order given.', block: false },
          name: { kind: 'Name', value: 'lines' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderLine' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Every status change, oldest first: when, to what, by whom.',
            block: false,
          },
          name: { kind: 'Name', value: 'history' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderStatusChange' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it was drafted.', block: false },
          name: { kind: 'Name', value: 'createdAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it last changed.', block: false },
          name: { kind: 'Name', value: 'updatedAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'One product ordered for one location.', block: false },
      name: { kind: 'Name', value: 'PurchaseOrderLine' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Opaque global ID; `receivePurchaseOrder` names lines by it.',
            block: false,
          },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where it is delivered.', block: false },
          name: { kind: 'Name', value: 'location' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units ordered.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The agreed cost per unit (currency-free); receipts use it unless they state another.',
            block: false,
          },
          name: { kind: 'Name', value: 'unitCost' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units that may arrive beyond `quantity` and still be received.',
            block: false,
          },
          name: { kind: 'Name', value: 'tolerance' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units received so far.', block: false },
          name: { kind: 'Name', value: 'received' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Units still expected: `quantity - received`, never below 0; 0 once the order is closed or cancelled.',
            block: false,
          },
          name: { kind: 'Name', value: 'outstanding' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: "A change of a purchase order's status.", block: false },
      name: { kind: 'Name', value: 'PurchaseOrderStatusChange' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The status it changed to (DRAFT also records an update of a draft).',
            block: false,
          },
          name: { kind: 'Name', value: 'status' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderStatus' } },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When (server time).', block: false },
          name: { kind: 'Name', value: 'at' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Who made the change; null for the demo data.', block: false },
          name: { kind: 'Name', value: 'actor' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Actor' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'One line of `createPurchaseOrder` or `updatePurchaseOrder`.',
        block: false,
      },
      name: { kind: 'Name', value: 'PurchaseOrderLineInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The product ordered.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: "Where it is delivered; omitted: the order's `locationId`.",
            block: false,
          },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Units ordered; 1 to 1,000,000,000.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The agreed cost per unit, 0 or more (currency-free).',
            block: false,
          },
          name: { kind: 'Name', value: 'unitCost' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units that may arrive beyond `quantity` and still be received; 0 or more.',
            block: false,
          },
          name: { kind: 'Name', value: 'tolerance' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '0' },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'What `createPurchaseOrder` drafts.', block: false },
      name: { kind: 'Name', value: 'CreatePurchaseOrderInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Who the units are bought from (1 to 200 characters).',
            block: false,
          },
          name: { kind: 'Name', value: 'supplier' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Where lines without their own `locationId` are delivered.',
            block: false,
          },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: '1 to 100 lines.', block: false },
          name: { kind: 'Name', value: 'lines' },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderLineInput' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: "The client's document, e.g. the supplier's order number (up to 100 characters).",
            block: false,
          },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'When delivery is expected.', block: false },
          name: { kind: 'Name', value: 'expectedAt' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Makes the request safe to retry: the same key with the same input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'What `updatePurchaseOrder` changes; omitted fields stay as they are.',
        block: false,
      },
      name: { kind: 'Name', value: 'UpdatePurchaseOrderInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The DRAFT order.', block: false },
          name: { kind: 'Name', value: 'purchaseOrderId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'A new supplier.', block: false },
          name: { kind: 'Name', value: 'supplier' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Where new lines without their own `locationId` are delivered.',
            block: false,
          },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New lines, replacing every line.', block: false },
          name: { kind: 'Name', value: 'lines' },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderLineInput' } },
            },
          },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'A new reference.', block: false },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'A new expected date.', block: false },
          name: { kind: 'Name', value: 'expectedAt' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Makes the request safe to retry (see `createPurchaseOrder`).',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Which order `placePurchaseOrder` places.', block: false },
      name: { kind: 'Name', value: 'PlacePurchaseOrderInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The DRAFT order.', block: false },
          name: { kind: 'Name', value: 'purchaseOrderId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Makes the request safe to retry (see `createPurchaseOrder`).',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'One line of `receivePurchaseOrder`.', block: false },
      name: { kind: 'Name', value: 'ReceivePurchaseOrderLineInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The order line the units arrived against.', block: false },
          name: { kind: 'Name', value: 'lineId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: "Units that arrived; 1 up to the line's outstanding units plus its tolerance.",
            block: false,
          },
          name: { kind: 'Name', value: 'quantity' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The state they arrive in: AVAILABLE (default), DAMAGED or QUALITY_CONTROL.',
            block: false,
          },
          name: { kind: 'Name', value: 'state' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockState' } },
          defaultValue: { kind: 'EnumValue', value: 'AVAILABLE' },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: "The real cost per unit, when it differs from the line's.",
            block: false,
          },
          name: { kind: 'Name', value: 'unitCost' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'What `receivePurchaseOrder` records.', block: false },
      name: { kind: 'Name', value: 'ReceivePurchaseOrderInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The ORDERED, PARTIALLY_RECEIVED or RECEIVED order.',
            block: false,
          },
          name: { kind: 'Name', value: 'purchaseOrderId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: '1 to 100 lines.', block: false },
          name: { kind: 'Name', value: 'lines' },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReceivePurchaseOrderLineInput' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Makes the request safe to retry (see `createPurchaseOrder`).',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'What `closePurchaseOrder` closes.', block: false },
      name: { kind: 'Name', value: 'ClosePurchaseOrderInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The ORDERED or PARTIALLY_RECEIVED order.', block: false },
          name: { kind: 'Name', value: 'purchaseOrderId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Why (up to 1,000 characters).', block: false },
          name: { kind: 'Name', value: 'reason' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Makes the request safe to retry (see `createPurchaseOrder`).',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'What `cancelPurchaseOrder` cancels.', block: false },
      name: { kind: 'Name', value: 'CancelPurchaseOrderInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The DRAFT or ORDERED order, with no receipts.', block: false },
          name: { kind: 'Name', value: 'purchaseOrderId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Why (up to 1,000 characters).', block: false },
          name: { kind: 'Name', value: 'reason' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Makes the request safe to retry (see `createPurchaseOrder`).',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'A supplier chosen for one product by `createPurchaseOrdersFromSuggestions`.',
        block: false,
      },
      name: { kind: 'Name', value: 'SupplierForProductInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Its supplier for these orders (1 to 200 characters).',
            block: false,
          },
          name: { kind: 'Name', value: 'supplier' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'What `createPurchaseOrdersFromSuggestions` drafts from.',
        block: false,
      },
      name: { kind: 'Name', value: 'CreatePurchaseOrdersFromSuggestionsInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The location whose low-stock suggestions are ordered, and where they are delivered.',
            block: false,
          },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: "Suppliers per product, overriding each product's `preferredSupplier`.",
            block: false,
          },
          name: { kind: 'Name', value: 'supplierByProduct' },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'SupplierForProductInput' } },
            },
          },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'When delivery is expected, on every order drafted.',
            block: false,
          },
          name: { kind: 'Name', value: 'expectedAt' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Only suggestions of products in this category (case-insensitive).',
            block: false,
          },
          name: { kind: 'Name', value: 'category' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'The result of a purchase-order mutation.', block: false },
      name: { kind: 'Name', value: 'PurchaseOrderPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The order as the change left it; null when nothing was written.',
            block: false,
          },
          name: { kind: 'Name', value: 'purchaseOrder' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The receipts the change recorded (receivePurchaseOrder only).',
            block: false,
          },
          name: { kind: 'Name', value: 'movements' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The stock levels the receipts changed, right after them.',
            block: false,
          },
          name: { kind: 'Name', value: 'stockLevels' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'The orders `createPurchaseOrdersFromSuggestions` drafted.',
        block: false,
      },
      name: { kind: 'Name', value: 'CreatePurchaseOrdersFromSuggestionsPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'One DRAFT order per supplier, by supplier name.', block: false },
          name: { kind: 'Name', value: 'purchaseOrders' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Suggested products with no supplier given and no preferred supplier: not ordered.',
            block: false,
          },
          name: { kind: 'Name', value: 'unassigned' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'PURCHASE_ORDER_* events: the order right after the change.',
        block: false,
      },
      name: { kind: 'Name', value: 'PurchaseOrderEventPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The purchase order.', block: false },
          name: { kind: 'Name', value: 'purchaseOrder' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderSnapshot' } },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'A purchase order as it stood when an event was written.',
        block: false,
      },
      name: { kind: 'Name', value: 'PurchaseOrderSnapshot' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The order's global ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Its status after the change.', block: false },
          name: { kind: 'Name', value: 'status' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderStatus' } },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The supplier.', block: false },
          name: { kind: 'Name', value: 'supplier' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The client's document.", block: false },
          name: { kind: 'Name', value: 'reference' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Its lines after the change.', block: false },
          name: { kind: 'Name', value: 'lines' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderLineSnapshot' } },
              },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'A purchase-order line as it stood when an event was written.',
        block: false,
      },
      name: { kind: 'Name', value: 'PurchaseOrderLineSnapshot' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The line's global ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The product's global ID.", block: false },
          name: { kind: 'Name', value: 'productId' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The location's global ID.", block: false },
          name: { kind: 'Name', value: 'locationId' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units ordered.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The agreed cost per unit.', block: false },
          name: { kind: 'Name', value: 'unitCost' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units received so far.', block: false },
          name: { kind: 'Name', value: 'received' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'Narrows the transfer list. All given conditions must hold.',
        block: false,
      },
      name: { kind: 'Name', value: 'TransferFilter' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only transfers with this status.', block: false },
          name: { kind: 'Name', value: 'status' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferStatus' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only transfers from or to this location.', block: false },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only transfers with a line of this product.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only transfers with exactly this reference.', block: false },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A page of transfers.', block: false },
      name: { kind: 'Name', value: 'TransferConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The transfers on this page, each with its cursor.',
            block: false,
          },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferEdge' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The transfers on this page, without cursors.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Transfer' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole list.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'How many transfers match the filter, across all pages.',
            block: false,
          },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A transfer and its position in a list.', block: false },
      name: { kind: 'Name', value: 'TransferEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after` or `before`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The transfer.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Transfer' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'Narrows the purchase-order list. All given conditions must hold.',
        block: false,
      },
      name: { kind: 'Name', value: 'PurchaseOrderFilter' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only orders with this status.', block: false },
          name: { kind: 'Name', value: 'status' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderStatus' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only orders from exactly this supplier.', block: false },
          name: { kind: 'Name', value: 'supplier' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Only orders with a line delivered to this location.',
            block: false,
          },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only orders with a line of this product.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only orders with exactly this reference.', block: false },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A page of purchase orders.', block: false },
      name: { kind: 'Name', value: 'PurchaseOrderConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The orders on this page, each with its cursor.', block: false },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderEdge' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The orders on this page, without cursors.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole list.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'How many orders match the filter, across all pages.',
            block: false,
          },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A purchase order and its position in a list.', block: false },
      name: { kind: 'Name', value: 'PurchaseOrderEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after` or `before`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The purchase order.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'The stock levels one committed change left behind.', block: false },
      name: { kind: 'Name', value: 'StockLevelChange' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'What changed them: a movement, a reservation change or a safety stock change.',
            block: false,
          },
          name: { kind: 'Name', value: 'type' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventType' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When the change was written (server time).', block: false },
          name: { kind: 'Name', value: 'occurredAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "The levels the change touched that the subscription's filters let through, each with its\nfigures right after the change; `updatedAt` is the change's `occurredAt`.",
            block: true,
          },
          name: { kind: 'Name', value: 'levels' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A change to a reservation.', block: false },
      name: { kind: 'Name', value: 'ReservationChange' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'What happened to it (RESERVATION_CREATED, RESERVATION_COMMITTED, …).',
            block: false,
          },
          name: { kind: 'Name', value: 'type' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventType' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When the change was written (server time).', block: false },
          name: { kind: 'Name', value: 'occurredAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The reservation, read as it is when the message is sent (a later change may already show).',
            block: false,
          },
          name: { kind: 'Name', value: 'reservation' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Reservation' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: {
        kind: 'StringValue',
        value: "Which side of its reorder point a product's available stock moved to.",
        block: false,
      },
      name: { kind: 'Name', value: 'LowStockDirection' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Available fell to or below the reorder point: time to reorder.',
            block: false,
          },
          name: { kind: 'Name', value: 'BELOW' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Available rose above the reorder point again (or the reorder point was lowered below it).',
            block: false,
          },
          name: { kind: 'Name', value: 'ABOVE' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A product that crossed its reorder point.', block: false },
      name: { kind: 'Name', value: 'LowStockAlert' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Which side it crossed to.', block: false },
          name: { kind: 'Name', value: 'direction' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LowStockDirection' } },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The location judged; null for a company-wide alert.',
            block: false,
          },
          name: { kind: 'Name', value: 'location' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Available units right after the change: company-wide, or at `location`.',
            block: false,
          },
          name: { kind: 'Name', value: 'available' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "The product's reorder point the units were judged against.",
            block: false,
          },
          name: { kind: 'Name', value: 'reorderPoint' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When the change was written (server time).', block: false },
          name: { kind: 'Name', value: 'occurredAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'What kind of place a location is.', block: false },
      name: { kind: 'Name', value: 'LocationKind' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A storage building that ships to stores or customers.',
            block: false,
          },
          name: { kind: 'Name', value: 'WAREHOUSE' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'A shop that sells to customers.', block: false },
          name: { kind: 'Name', value: 'STORE' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A hub that redistributes stock between other locations.',
            block: false,
          },
          name: { kind: 'Name', value: 'DISTRIBUTION_CENTER' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Anything else, e.g. a van or a consignment partner.',
            block: false,
          },
          name: { kind: 'Name', value: 'OTHER' },
          directives: [],
        },
      ],
    },
    {
      name: { kind: 'Name', value: 'Location' },
      description: {
        kind: 'StringValue',
        value: 'A place that holds stock: a warehouse, a store, and so on.',
        block: false,
      },
      kind: 'ObjectTypeDefinition',
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque global ID.', block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Short unique code, e.g. `WH-EAST`. Compared ignoring case.',
            block: false,
          },
          name: { kind: 'Name', value: 'code' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Display name.', block: false },
          name: { kind: 'Name', value: 'name' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Postal address; empty when none was given.', block: false },
          name: { kind: 'Name', value: 'address' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What kind of place this is.', block: false },
          name: { kind: 'Name', value: 'kind' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationKind' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Where reservations without a location are held first: higher first; ties go to the most available. Default 0.',
            block: false,
          },
          name: { kind: 'Name', value: 'allocationPriority' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'False once the location is archived.', block: false },
          name: { kind: 'Name', value: 'active' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'When the location was archived; null while it is active.',
            block: false,
          },
          name: { kind: 'Name', value: 'archivedAt' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When the location was created.', block: false },
          name: { kind: 'Name', value: 'createdAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "When any of the location's details last changed.", block: false },
          name: { kind: 'Name', value: 'updatedAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Current stock of every product this location has held.',
            block: false,
          },
          name: { kind: 'Name', value: 'stockLevels' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging forwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns levels after this cursor.', block: false },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Returns levels before this cursor.', block: false },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevelConnection' } },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Movements into or out of this location, newest first.',
            block: false,
          },
          name: { kind: 'Name', value: 'movements' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging forwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'first' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Returns movements after this cursor (older ones).',
                block: false,
              },
              name: { kind: 'Name', value: 'after' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'Page size when paging backwards (1 to 100).', block: false },
              name: { kind: 'Name', value: 'last' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
              directives: [],
            },
            {
              kind: 'InputValueDefinition',
              description: {
                kind: 'StringValue',
                value: 'Returns movements before this cursor (newer ones).',
                block: false,
              },
              name: { kind: 'Name', value: 'before' },
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              directives: [],
            },
          ],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementConnection' } },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Stock of every product at this location at a past moment, from the ledger by business time.',
            block: false,
          },
          name: { kind: 'Name', value: 'stockAsOf' },
          arguments: [
            {
              kind: 'InputValueDefinition',
              description: { kind: 'StringValue', value: 'The moment.', block: false },
              name: { kind: 'Name', value: 'at' },
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
              directives: [],
            },
          ],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockAsOf' } } },
          directives: [],
        },
      ],
      directives: [],
      interfaces: [{ kind: 'NamedType', name: { kind: 'Name', value: 'Node' } }],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A page of locations.', block: false },
      name: { kind: 'Name', value: 'LocationConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The locations on this page, each with its cursor.',
            block: false,
          },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationEdge' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The locations on this page, without cursors.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole list.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'How many locations match the filter, across all pages.',
            block: false,
          },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A location and its position in a list.', block: false },
      name: { kind: 'Name', value: 'LocationEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after` or `before`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The location.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'Narrows the location list. All given conditions must hold.',
        block: false,
      },
      name: { kind: 'Name', value: 'LocationFilter' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Case-insensitive text that the code, name or address contains.',
            block: false,
          },
          name: { kind: 'Name', value: 'search' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only locations of these kinds.', block: false },
          name: { kind: 'Name', value: 'kinds' },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationKind' } } },
          },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'True for active locations only (the default), false for archived ones only, null for both.',
            block: false,
          },
          name: { kind: 'Name', value: 'active' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          defaultValue: { kind: 'BooleanValue', value: true },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'How to sort the location list.', block: false },
      name: { kind: 'Name', value: 'LocationOrder' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The field to sort by.', block: false },
          name: { kind: 'Name', value: 'field' },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationOrderField' } },
          },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Ascending by default.', block: false },
          name: { kind: 'Name', value: 'direction' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortDirection' } },
          defaultValue: { kind: 'EnumValue', value: 'ASC' },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'Fields the location list can be sorted by.', block: false },
      name: { kind: 'Name', value: 'LocationOrderField' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'By code.', block: false },
          name: { kind: 'Name', value: 'CODE' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'By name.', block: false },
          name: { kind: 'Name', value: 'NAME' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'By creation time.', block: false },
          name: { kind: 'Name', value: 'CREATED_AT' },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A new location.', block: false },
      name: { kind: 'Name', value: 'CreateLocationInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Short code, 1 to 32 characters without white space. Must be unique, ignoring case.',
            block: false,
          },
          name: { kind: 'Name', value: 'code' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Display name, 1 to 200 characters.', block: false },
          name: { kind: 'Name', value: 'name' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Postal address, up to 1,000 characters.', block: false },
          name: { kind: 'Name', value: 'address' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Defaults to WAREHOUSE.', block: false },
          name: { kind: 'Name', value: 'kind' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationKind' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Where reservations without a location are held first: higher first (-1,000 to 1,000; default 0).',
            block: false,
          },
          name: { kind: 'Name', value: 'allocationPriority' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'Changes to a location; omitted fields keep their value.',
        block: false,
      },
      name: { kind: 'Name', value: 'UpdateLocationInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The location to change.', block: false },
          name: { kind: 'Name', value: 'id' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New code, with the same rules as on creation.', block: false },
          name: { kind: 'Name', value: 'code' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New name.', block: false },
          name: { kind: 'Name', value: 'name' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New address.', block: false },
          name: { kind: 'Name', value: 'address' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New kind.', block: false },
          name: { kind: 'Name', value: 'kind' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationKind' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'New allocation priority (-1,000 to 1,000).', block: false },
          name: { kind: 'Name', value: 'allocationPriority' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Which location to archive.', block: false },
      name: { kind: 'Name', value: 'ArchiveLocationInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The location's global ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Which location to restore.', block: false },
      name: { kind: 'Name', value: 'RestoreLocationInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The location's global ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `createLocation`.', block: false },
      name: { kind: 'Name', value: 'CreateLocationPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The new location; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'location' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `updateLocation`.', block: false },
      name: { kind: 'Name', value: 'UpdateLocationPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The location after the change; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'location' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `archiveLocation`.', block: false },
      name: { kind: 'Name', value: 'ArchiveLocationPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The archived location; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'location' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `restoreLocation`.', block: false },
      name: { kind: 'Name', value: 'RestoreLocationPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The restored location; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'location' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ScalarTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'Any JSON value: an object, a list, a string, a number, a boolean or null.',
        block: false,
      },
      name: { kind: 'Name', value: 'JSON' },
      directives: [],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A manifest of documents to trust.', block: false },
      name: { kind: 'Name', value: 'RegisterPersistedDocumentsInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Either an Apollo persisted-query manifest\n(`{"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{"id", "name", "type", "body"}]}`)\nor the `persisted-documents.json` of graphql-codegen\'s client preset (`{"<sha256>": "<document>"}`,\ngenerated with `hashAlgorithm: \'sha256\'`).',
            block: true,
          },
          name: { kind: 'Name', value: 'manifest' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `registerPersistedDocuments`.', block: false },
      name: { kind: 'Name', value: 'RegisterPersistedDocumentsPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'How many documents were new to the safelist.', block: false },
          name: { kind: 'Name', value: 'registered' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'How many documents of the manifest were already registered.',
            block: false,
          },
          name: { kind: 'Name', value: 'alreadyRegistered' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Every document of the manifest as stored, new or not; empty when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'documents' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'PersistedDocument' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'What was wrong with the manifest; when non-empty, nothing was registered.',
            block: false,
          },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'What a GraphQL operation does.', block: false },
      name: { kind: 'Name', value: 'OperationType' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Reads.', block: false },
          name: { kind: 'Name', value: 'QUERY' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Writes.', block: false },
          name: { kind: 'Name', value: 'MUTATION' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A stream of events (a `subscription` operation): runs over a WebSocket at the GraphQL URL, never over HTTP.',
            block: false,
          },
          name: { kind: 'Name', value: 'SUBSCRIPTION' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'A trusted GraphQL document, registered from a manifest and runnable by its id.',
        block: false,
      },
      name: { kind: 'Name', value: 'PersistedDocument' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "What clients send to run it: `sha256:<hex>` as the `documentId` request parameter (a bare\n`<hex>` works too, as does the APQ extension's `sha256Hash`).",
            block: true,
          },
          name: { kind: 'Name', value: 'documentId' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "The name of the document's operation; null when anonymous.",
            block: false,
          },
          name: { kind: 'Name', value: 'operationName' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Whether it reads or writes. Queries may also be sent with GET.',
            block: false,
          },
          name: { kind: 'Name', value: 'operationType' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'OperationType' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "The document's text, exactly as registered (its sha256 is the id).",
            block: false,
          },
          name: { kind: 'Name', value: 'body' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it was registered.', block: false },
          name: { kind: 'Name', value: 'createdAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A page of trusted documents.', block: false },
      name: { kind: 'Name', value: 'PersistedDocumentConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The documents on this page, each with its cursor.',
            block: false,
          },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'PersistedDocumentEdge' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The documents on this page, without cursors.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'PersistedDocument' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole list.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'How many documents match, across all pages.', block: false },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A trusted document and its position in a list.', block: false },
      name: { kind: 'Name', value: 'PersistedDocumentEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after` or `before`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The document.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PersistedDocument' } },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'What an inventory valuation row stands for.', block: false },
      name: { kind: 'Name', value: 'ValuationGroupBy' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'One row per product.', block: false },
          name: { kind: 'Name', value: 'PRODUCT' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'One row per product category.', block: false },
          name: { kind: 'Name', value: 'CATEGORY' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'One row per location.', block: false },
          name: { kind: 'Name', value: 'LOCATION' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'An inventory valuation: one page of rows, plus totals over all rows. A row with no stock is left out.',
        block: true,
      },
      name: { kind: 'Name', value: 'InventoryValuationConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The moment the stock was valued at.', block: false },
          name: { kind: 'Name', value: 'at' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What each row stands for.', block: false },
          name: { kind: 'Name', value: 'groupBy' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ValuationGroupBy' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The rows on this page, each with its cursor.', block: false },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'InventoryValuationEdge' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The rows on this page, without cursors.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'InventoryValuationRow' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole report.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'How many rows the report has, across all pages.', block: false },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units on hand over all rows.', block: false },
          name: { kind: 'Name', value: 'totalQuantity' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "Value over all rows, in the business's currency.", block: false },
          name: { kind: 'Name', value: 'totalValue' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A valuation row and its position in the report.', block: false },
      name: { kind: 'Name', value: 'InventoryValuationEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The row.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InventoryValuationRow' } },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'The stock value of one product, category or location.',
        block: false,
      },
      name: { kind: 'Name', value: 'InventoryValuationRow' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'What the row stands for, as text: the SKU, the category name or the location code.',
            block: false,
          },
          name: { kind: 'Name', value: 'key' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The product, when grouped by product.', block: false },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The category name, when grouped by product or by category.',
            block: false,
          },
          name: { kind: 'Name', value: 'category' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The location, when grouped by location.', block: false },
          name: { kind: 'Name', value: 'location' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units on hand.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Value per unit: the product's moving average cost when grouped by product, otherwise value divided by quantity.",
            block: false,
          },
          name: { kind: 'Name', value: 'averageCost' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "Quantity times average cost, in the business's currency.",
            block: false,
          },
          name: { kind: 'Name', value: 'value' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: "The stock's value at one moment: a point of `valuationHistory`.",
        block: false,
      },
      name: { kind: 'Name', value: 'ValuationPoint' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The moment valued: the end of the interval, or now for an interval still under way.',
            block: false,
          },
          name: { kind: 'Name', value: 'at' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units on hand at that moment (`inventoryValuation(at:).totalQuantity`).',
            block: false,
          },
          name: { kind: 'Name', value: 'totalQuantity' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "What they were worth, in the business's currency (`inventoryValuation(at:).totalValue`).",
            block: false,
          },
          name: { kind: 'Name', value: 'totalValue' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Products that need reordering, one page at a time.', block: false },
      name: { kind: 'Name', value: 'LowStockConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The items on this page, each with its cursor.', block: false },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LowStockEdge' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The items on this page, without cursors.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LowStockItem' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole list.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'How many products need reordering, across all pages.',
            block: false,
          },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A low-stock item and its position in the list.', block: false },
      name: { kind: 'Name', value: 'LowStockEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The item.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LowStockItem' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'A product whose available stock is at or below its reorder point.',
        block: false,
      },
      name: { kind: 'Name', value: 'LowStockItem' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The location checked; null when the check was company-wide.',
            block: false,
          },
          name: { kind: 'Name', value: 'location' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units on hand where checked.', block: false },
          name: { kind: 'Name', value: 'onHand' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Units available where checked, by the one definition of `StockLevel.available` (on hand less holds, unsellable states and safety stock).',
            block: false,
          },
          name: { kind: 'Name', value: 'available' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: "The product's reorder point.", block: false },
          name: { kind: 'Name', value: 'reorderPoint' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Units on their way where checked: open purchase-order remainders and transfers in transit (see `StockLevel.incoming`).',
            block: false,
          },
          name: { kind: 'Name', value: 'incoming' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "How many units to order: enough to bring the available quantity, plus what is `incoming`, above\nthe reorder point, rounded up to a whole multiple of the product's `reorderQuantity` when that is\nset; 0 when the incoming units already do.",
            block: true,
          },
          name: { kind: 'Name', value: 'suggestedOrderQuantity' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Days the available stock lasts at the last 30 days' average daily outflow; null when nothing flowed out.",
            block: false,
          },
          name: { kind: 'Name', value: 'daysOfCover' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'The size of a movement-summary bucket.', block: false },
      name: { kind: 'Name', value: 'SummaryInterval' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Calendar days.', block: false },
          name: { kind: 'Name', value: 'DAY' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Weeks starting on Monday.', block: false },
          name: { kind: 'Name', value: 'WEEK' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Calendar months.', block: false },
          name: { kind: 'Name', value: 'MONTH' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Units moved per time bucket.', block: false },
      name: { kind: 'Name', value: 'MovementSummary' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Start of the range, inclusive.', block: false },
          name: { kind: 'Name', value: 'from' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'End of the range, exclusive.', block: false },
          name: { kind: 'Name', value: 'to' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Bucket size.', block: false },
          name: { kind: 'Name', value: 'interval' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SummaryInterval' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The time zone buckets are cut in.', block: false },
          name: { kind: 'Name', value: 'timeZone' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'One bucket per interval, oldest first; the first and last may be cut short by `from` and `to`.',
            block: false,
          },
          name: { kind: 'Name', value: 'buckets' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementSummaryBucket' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The whole range as one bucket.', block: false },
          name: { kind: 'Name', value: 'totals' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementSummaryBucket' } },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value:
          'Units moved in one time bucket, by kind. Every figure is in units and net of reversals; `net` is the\nchange in stock over the bucket (where a location is given, at that location).',
        block: true,
      },
      name: { kind: 'Name', value: 'MovementSummaryBucket' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Start of the bucket, inclusive.', block: false },
          name: { kind: 'Name', value: 'start' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'End of the bucket, exclusive.', block: false },
          name: { kind: 'Name', value: 'end' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units received from suppliers.', block: false },
          name: { kind: 'Name', value: 'received' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units shipped to customers.', block: false },
          name: { kind: 'Name', value: 'shipped' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units customers returned.', block: false },
          name: { kind: 'Name', value: 'returned' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units transferred into the location (with no location filter: all units transferred).',
            block: false,
          },
          name: { kind: 'Name', value: 'transferredIn' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units transferred out of the location (with no location filter: all units transferred).',
            block: false,
          },
          name: { kind: 'Name', value: 'transferredOut' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Net change from adjustments: positive when counts found more stock.',
            block: false,
          },
          name: { kind: 'Name', value: 'adjusted' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units written off.', block: false },
          name: { kind: 'Name', value: 'writtenOff' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Net change in stock: received + returned + transferredIn - shipped - transferredOut + adjusted - writtenOff.',
            block: false,
          },
          name: { kind: 'Name', value: 'net' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'What a sales-report row stands for.', block: false },
      name: { kind: 'Name', value: 'SalesGroupBy' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'One row per product.', block: false },
          name: { kind: 'Name', value: 'PRODUCT' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'One row per product category.', block: false },
          name: { kind: 'Name', value: 'CATEGORY' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'One row per location shipped from.', block: false },
          name: { kind: 'Name', value: 'LOCATION' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              "One row per customer (the shipment's counterparty; sales without one are grouped under an empty key).",
            block: false,
          },
          name: { kind: 'Name', value: 'COUNTERPARTY' },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'Which figure ranks sales-report rows, highest first.', block: false },
      name: { kind: 'Name', value: 'SalesOrderBy' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Units sold.', block: false },
          name: { kind: 'Name', value: 'UNITS' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Revenue.', block: false },
          name: { kind: 'Name', value: 'REVENUE' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Margin: revenue minus cost of goods sold.', block: false },
          name: { kind: 'Name', value: 'MARGIN' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Sales over a range of time.', block: false },
      name: { kind: 'Name', value: 'SalesReport' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Start of the range, inclusive.', block: false },
          name: { kind: 'Name', value: 'from' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'End of the range, exclusive.', block: false },
          name: { kind: 'Name', value: 'to' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What each row stands for.', block: false },
          name: { kind: 'Name', value: 'groupBy' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SalesGroupBy' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Which figure ranks the rows.', block: false },
          name: { kind: 'Name', value: 'orderBy' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SalesOrderBy' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The top rows, highest first by `orderBy`.', block: false },
          name: { kind: 'Name', value: 'rows' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'SalesReportRow' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'How many rows the whole report has (the top `first` are returned).',
            block: false,
          },
          name: { kind: 'Name', value: 'rowCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Every sale in the range and filters, as one row; its `key` is empty.',
            block: false,
          },
          name: { kind: 'Name', value: 'totals' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SalesReportRow' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'Sales of one product, category, location or customer.',
        block: false,
      },
      name: { kind: 'Name', value: 'SalesReportRow' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'What the row stands for, as text: the SKU, the category, the location code or the counterparty.',
            block: false,
          },
          name: { kind: 'Name', value: 'key' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The product, when grouped by product.', block: false },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The category name, when grouped by product or by category.',
            block: false,
          },
          name: { kind: 'Name', value: 'category' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The location, when grouped by location.', block: false },
          name: { kind: 'Name', value: 'location' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The customer, when grouped by counterparty.', block: false },
          name: { kind: 'Name', value: 'counterparty' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units sold, net of reversed shipments.', block: false },
          name: { kind: 'Name', value: 'units' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units times their recorded selling price.', block: false },
          name: { kind: 'Name', value: 'revenue' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "Units times the product's moving average cost at the moment of each sale.",
            block: false,
          },
          name: { kind: 'Name', value: 'costOfGoodsSold' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Revenue minus cost of goods sold.', block: false },
          name: { kind: 'Name', value: 'margin' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Margin as a percentage of revenue; null when revenue is 0.',
            block: false,
          },
          name: { kind: 'Name', value: 'marginPercent' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'How much each signal counts in `Product.similar`. Omitted weights count 1.',
        block: false,
      },
      name: { kind: 'Name', value: 'SimilarityWeights' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Weight of price proximity: 1 - |difference| / the higher price.',
            block: false,
          },
          name: { kind: 'Name', value: 'price' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } } },
          defaultValue: { kind: 'IntValue', value: '1' },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Weight of being in the same category: 1 or 0.', block: false },
          name: { kind: 'Name', value: 'category' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } } },
          defaultValue: { kind: 'IntValue', value: '1' },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Weight of trigram similarity of name and description.',
            block: false,
          },
          name: { kind: 'Name', value: 'text' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } } },
          defaultValue: { kind: 'IntValue', value: '1' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'A product recommended as similar, with how it scored.',
        block: false,
      },
      name: { kind: 'Name', value: 'SimilarProduct' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The recommended product.', block: false },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Weighted blend of the three signals, in [0, 1].', block: false },
          name: { kind: 'Name', value: 'score' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Price proximity, in [0, 1].', block: false },
          name: { kind: 'Name', value: 'priceScore' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: '1 when in the same category, otherwise 0.', block: false },
          name: { kind: 'Name', value: 'categoryScore' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Trigram similarity of name and description, in [0, 1].',
            block: false,
          },
          name: { kind: 'Name', value: 'textScore' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'What happened to stock.', block: false },
      name: { kind: 'Name', value: 'MovementKind' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Stock arrived from a supplier.', block: false },
          name: { kind: 'Name', value: 'RECEIPT' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Stock left to a customer.', block: false },
          name: { kind: 'Name', value: 'SHIPMENT' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Stock moved between two locations.', block: false },
          name: { kind: 'Name', value: 'TRANSFER' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A correction of the quantity, e.g. after a stocktake.',
            block: false,
          },
          name: { kind: 'Name', value: 'ADJUSTMENT' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'A customer returned stock.', block: false },
          name: { kind: 'Name', value: 'RETURN' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Stock was removed as damaged, expired or lost.', block: false },
          name: { kind: 'Name', value: 'WRITE_OFF' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units at one location changed state (e.g. AVAILABLE to DAMAGED); on hand is unchanged.',
            block: false,
          },
          name: { kind: 'Name', value: 'STATE_CHANGE' },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: {
        kind: 'StringValue',
        value:
          'The state of units on hand, as the ledger records it. Reserved and committed units are AVAILABLE\nunits that a reservation holds; they are not states of their own.',
        block: true,
      },
      name: { kind: 'Name', value: 'StockState' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Sellable units (held or not).', block: false },
          name: { kind: 'Name', value: 'AVAILABLE' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units on hand that are damaged: not sellable until changed back or written off.',
            block: false,
          },
          name: { kind: 'Name', value: 'DAMAGED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units on hand waiting for inspection: not sellable until changed back.',
            block: false,
          },
          name: { kind: 'Name', value: 'QUALITY_CONTROL' },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'Why a movement happened, for reporting.', block: false },
      name: { kind: 'Name', value: 'MovementReason' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Goods received from a supplier.', block: false },
          name: { kind: 'Name', value: 'RECEIVED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Goods sold to a customer.', block: false },
          name: { kind: 'Name', value: 'SOLD' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Goods damaged.', block: false },
          name: { kind: 'Name', value: 'DAMAGED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'A stocktake found a different quantity.', block: false },
          name: { kind: 'Name', value: 'CYCLE_COUNT' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'A correction of an earlier mistake.', block: false },
          name: { kind: 'Name', value: 'CORRECTION' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Unexplained loss, e.g. theft.', block: false },
          name: { kind: 'Name', value: 'SHRINKAGE' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Goods returned by a customer.', block: false },
          name: { kind: 'Name', value: 'RETURNED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Goods moved between locations.', block: false },
          name: { kind: 'Name', value: 'TRANSFER' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Goods held for or released from a quality check.', block: false },
          name: { kind: 'Name', value: 'QUALITY_CHECK' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Anything else; say more in `note`.', block: false },
          name: { kind: 'Name', value: 'OTHER' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A page of movements.', block: false },
      name: { kind: 'Name', value: 'MovementConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The movements on this page, each with its cursor.',
            block: false,
          },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementEdge' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The movements on this page, without cursors.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole list.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'How many movements match the filter, across all pages.',
            block: false,
          },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A movement and its position in a list.', block: false },
      name: { kind: 'Name', value: 'MovementEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after` or `before`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The movement.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'Narrows the movement list. All given conditions must hold.',
        block: false,
      },
      name: { kind: 'Name', value: 'MovementFilter' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only movements of this product.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only movements into or out of this location.', block: false },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only movements of these kinds.', block: false },
          name: { kind: 'Name', value: 'kinds' },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementKind' } } },
          },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only movements with exactly this reference.', block: false },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only movements with exactly this counterparty.', block: false },
          name: { kind: 'Name', value: 'counterparty' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Only movements that occurred at or after this time.',
            block: false,
          },
          name: { kind: 'Name', value: 'occurredFrom' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only movements that occurred before this time.', block: false },
          name: { kind: 'Name', value: 'occurredTo' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A page of stock levels.', block: false },
      name: { kind: 'Name', value: 'StockLevelConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The levels on this page, each with its cursor.', block: false },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevelEdge' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The levels on this page, without cursors.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole list.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'How many levels there are, across all pages.', block: false },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A stock level and its position in a list.', block: false },
      name: { kind: 'Name', value: 'StockLevelEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after` or `before`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The stock level.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'The stock of one product at one location at a past moment, computed from the ledger by business time.',
        block: false,
      },
      name: { kind: 'Name', value: 'HistoricalStockLevel' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The location.', block: false },
          name: { kind: 'Name', value: 'location' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units on hand at that moment, in every state.', block: false },
          name: { kind: 'Name', value: 'onHand' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Of those, units in the DAMAGED state.', block: false },
          name: { kind: 'Name', value: 'damaged' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Of those, units in the QUALITY_CONTROL state.', block: false },
          name: { kind: 'Name', value: 'qualityControl' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Stock at a past moment.', block: false },
      name: { kind: 'Name', value: 'StockAsOf' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The moment asked about.', block: false },
          name: { kind: 'Name', value: 'at' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Total units on hand at that moment, across the levels listed.',
            block: false,
          },
          name: { kind: 'Name', value: 'onHand' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The non-zero levels at that moment, one per (product, location).',
            block: false,
          },
          name: { kind: 'Name', value: 'levels' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'HistoricalStockLevel' } },
              },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'The result of recomputing stock levels from the ledger.',
        block: false,
      },
      name: { kind: 'Name', value: 'StockVerification' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "True when every stored level equals the ledger's sum (on hand, damaged, quality control) and the open reservations' (reserved, committed).",
            block: false,
          },
          name: { kind: 'Name', value: 'ok' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'How many (product, location) pairs were compared.',
            block: false,
          },
          name: { kind: 'Name', value: 'checkedLevels' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Every pair where the stored level and the ledger disagree; empty when `ok`.',
            block: false,
          },
          name: { kind: 'Name', value: 'differences' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockDifference' } },
              },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A stock level that does not match the ledger.', block: false },
      name: { kind: 'Name', value: 'StockDifference' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The location.', block: false },
          name: { kind: 'Name', value: 'location' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'On-hand quantity stored in the projection.', block: false },
          name: { kind: 'Name', value: 'storedOnHand' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'On-hand quantity the ledger adds up to.', block: false },
          name: { kind: 'Name', value: 'ledgerOnHand' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Damaged units stored in the projection.', block: false },
          name: { kind: 'Name', value: 'storedDamaged' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Damaged units the ledger adds up to.', block: false },
          name: { kind: 'Name', value: 'ledgerDamaged' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Quality-control units stored in the projection.', block: false },
          name: { kind: 'Name', value: 'storedQualityControl' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Quality-control units the ledger adds up to.', block: false },
          name: { kind: 'Name', value: 'ledgerQualityControl' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Reserved units the projection gives (active, unexpired holds).',
            block: false,
          },
          name: { kind: 'Name', value: 'storedReserved' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Reserved units the open ACTIVE reservations add up to.',
            block: false,
          },
          name: { kind: 'Name', value: 'heldReserved' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Committed units stored in the projection.', block: false },
          name: { kind: 'Name', value: 'storedCommitted' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Committed units the open COMMITTED reservations add up to.',
            block: false,
          },
          name: { kind: 'Name', value: 'heldCommitted' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Stock arriving from a supplier.', block: false },
      name: { kind: 'Name', value: 'ReceiveStockInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The product received.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Where it arrived.', block: false },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'How many units; 1 to 1,000,000,000.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Cost per unit: zero or more, at most 4 decimal places. Feeds the average cost.',
            block: false,
          },
          name: { kind: 'Name', value: 'unitCost' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'E.g. the purchase-order number.', block: false },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The supplier.', block: false },
          name: { kind: 'Name', value: 'counterparty' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Free text, up to 1,000 characters.', block: false },
          name: { kind: 'Name', value: 'note' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'When it happened; defaults to now. May be in the past, not in the future.',
            block: false,
          },
          name: { kind: 'Name', value: 'occurredAt' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Why; defaults to RECEIVED.', block: false },
          name: { kind: 'Name', value: 'reason' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementReason' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A key unique to this request (up to 255 characters). Retrying with the same key and input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Stock leaving to a customer.', block: false },
      name: { kind: 'Name', value: 'ShipStockInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The product shipped.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Where it left from.', block: false },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'How many units; 1 to 1,000,000,000.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: "Selling price per unit; defaults to the product's current price.",
            block: false,
          },
          name: { kind: 'Name', value: 'unitPrice' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'E.g. the sales-order number.', block: false },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The customer.', block: false },
          name: { kind: 'Name', value: 'counterparty' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Free text, up to 1,000 characters.', block: false },
          name: { kind: 'Name', value: 'note' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'When it happened; defaults to now. May be in the past, not in the future.',
            block: false,
          },
          name: { kind: 'Name', value: 'occurredAt' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Why; defaults to SOLD.', block: false },
          name: { kind: 'Name', value: 'reason' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementReason' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Ship units this reservation holds at the location (wholly or partly) instead of unheld units.',
            block: false,
          },
          name: { kind: 'Name', value: 'reservationId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A key unique to this request. Retrying with the same key and input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Stock moving between two locations.', block: false },
      name: { kind: 'Name', value: 'TransferStockInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The product moved.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Where it leaves.', block: false },
          name: { kind: 'Name', value: 'fromLocationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Where it arrives; must differ from `fromLocationId`.',
            block: false,
          },
          name: { kind: 'Name', value: 'toLocationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'How many units; 1 to 1,000,000,000.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'E.g. the transfer-order number.', block: false },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Free text, up to 1,000 characters.', block: false },
          name: { kind: 'Name', value: 'note' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'When it happened; defaults to now. May be in the past, not in the future.',
            block: false,
          },
          name: { kind: 'Name', value: 'occurredAt' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Why; defaults to TRANSFER.', block: false },
          name: { kind: 'Name', value: 'reason' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementReason' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A key unique to this request. Retrying with the same key and input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'A correction of the quantity at a location. Give exactly one of `delta` and `countedQuantity`.',
        block: false,
      },
      name: { kind: 'Name', value: 'AdjustStockInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The location.', block: false },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units to add (positive) or remove (negative); not zero.',
            block: false,
          },
          name: { kind: 'Name', value: 'delta' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The quantity a stocktake counted; the adjustment is the difference from the current on-hand quantity.',
            block: false,
          },
          name: { kind: 'Name', value: 'countedQuantity' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NonNegativeInt' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Compare-and-set: the on-hand quantity the client believes is current. When it differs, nothing is written and the result is `STALE_QUANTITY`.',
            block: false,
          },
          name: { kind: 'Name', value: 'expectedOnHand' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NonNegativeInt' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Why; defaults to CYCLE_COUNT for a count and CORRECTION for a delta.',
            block: false,
          },
          name: { kind: 'Name', value: 'reason' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementReason' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'E.g. the stocktake number.', block: false },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Free text, up to 1,000 characters.', block: false },
          name: { kind: 'Name', value: 'note' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'When it happened; defaults to now. May be in the past, not in the future.',
            block: false,
          },
          name: { kind: 'Name', value: 'occurredAt' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A key unique to this request. Retrying with the same key and input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Stock returned by a customer.', block: false },
      name: { kind: 'Name', value: 'ReturnStockInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The product returned.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Where it came back to.', block: false },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'How many units; 1 to 1,000,000,000.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Cost per unit to value the returned stock at, if known.',
            block: false,
          },
          name: { kind: 'Name', value: 'unitCost' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'E.g. the return-authorisation number.', block: false },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The customer.', block: false },
          name: { kind: 'Name', value: 'counterparty' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Free text, up to 1,000 characters.', block: false },
          name: { kind: 'Name', value: 'note' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'When it happened; defaults to now. May be in the past, not in the future.',
            block: false,
          },
          name: { kind: 'Name', value: 'occurredAt' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Why; defaults to RETURNED.', block: false },
          name: { kind: 'Name', value: 'reason' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementReason' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A key unique to this request. Retrying with the same key and input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Stock removed as damaged, expired or lost.', block: false },
      name: { kind: 'Name', value: 'WriteOffStockInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Where it was written off.', block: false },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'How many units; 1 to 1,000,000,000.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Why; defaults to DAMAGED.', block: false },
          name: { kind: 'Name', value: 'reason' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementReason' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Which units: AVAILABLE (unheld ones; the default), DAMAGED or QUALITY_CONTROL.',
            block: false,
          },
          name: { kind: 'Name', value: 'fromState' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockState' } },
          defaultValue: { kind: 'EnumValue', value: 'AVAILABLE' },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'E.g. an incident number.', block: false },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Free text, up to 1,000 characters.', block: false },
          name: { kind: 'Name', value: 'note' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'When it happened; defaults to now. May be in the past, not in the future.',
            block: false,
          },
          name: { kind: 'Name', value: 'occurredAt' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A key unique to this request. Retrying with the same key and input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Which movement to undo.', block: false },
      name: { kind: 'Name', value: 'ReverseMovementInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The movement to reverse.', block: false },
          name: { kind: 'Name', value: 'movementId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Why; defaults to CORRECTION.', block: false },
          name: { kind: 'Name', value: 'reason' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementReason' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Free text, up to 1,000 characters.', block: false },
          name: { kind: 'Name', value: 'note' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'When the reversal takes effect; defaults to now. May be in the past (not before the original), not in the future.',
            block: false,
          },
          name: { kind: 'Name', value: 'occurredAt' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A key unique to this request. Retrying with the same key and input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'One row of `recordMovements`: any kind of movement, with its direction given by the locations.',
        block: false,
      },
      name: { kind: 'Name', value: 'MovementInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'What happened.', block: false },
          name: { kind: 'Name', value: 'kind' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementKind' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Where stock leaves from: required for SHIPMENT, TRANSFER and WRITE_OFF, and for an ADJUSTMENT that removes stock.',
            block: false,
          },
          name: { kind: 'Name', value: 'fromLocationId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Where stock arrives: required for RECEIPT, TRANSFER and RETURN, and for an ADJUSTMENT that adds stock.',
            block: false,
          },
          name: { kind: 'Name', value: 'toLocationId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'How many units; 1 to 1,000,000,000.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Cost per unit: required for RECEIPT, optional for RETURN, not allowed otherwise.',
            block: false,
          },
          name: { kind: 'Name', value: 'unitCost' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: "Selling price per unit: SHIPMENT only; defaults to the product's current price.",
            block: false,
          },
          name: { kind: 'Name', value: 'unitPrice' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'SHIPMENT only: ship units this reservation holds at `fromLocationId`.',
            block: false,
          },
          name: { kind: 'Name', value: 'reservationId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'WRITE_OFF and STATE_CHANGE: the state the units leave; AVAILABLE when omitted.',
            block: false,
          },
          name: { kind: 'Name', value: 'fromState' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockState' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'STATE_CHANGE only (with `toLocationId` equal to `fromLocationId`): the state the units arrive in.',
            block: false,
          },
          name: { kind: 'Name', value: 'toState' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockState' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Why; defaults by kind (RECEIVED, SOLD, TRANSFER, CORRECTION, RETURNED, DAMAGED).',
            block: false,
          },
          name: { kind: 'Name', value: 'reason' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementReason' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The business document it belongs to.', block: false },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The supplier or customer.', block: false },
          name: { kind: 'Name', value: 'counterparty' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Free text, up to 1,000 characters.', block: false },
          name: { kind: 'Name', value: 'note' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'When it happened; defaults to now. May be in the past, not in the future.',
            block: false,
          },
          name: { kind: 'Name', value: 'occurredAt' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'What `recordMovements` does when some rows fail.', block: false },
      name: { kind: 'Name', value: 'MovementErrorPolicy' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'All or nothing: one failed row means no row is recorded.',
            block: false,
          },
          name: { kind: 'Name', value: 'REJECT_ALL' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Record the valid rows and report the failed ones.',
            block: false,
          },
          name: { kind: 'Name', value: 'REJECT_FAILED_ROWS' },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A batch of movements.', block: false },
      name: { kind: 'Name', value: 'RecordMovementsInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: '1 to 500 rows, applied in order: a later row sees the stock an earlier row changed.',
            block: false,
          },
          name: { kind: 'Name', value: 'movements' },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementInput' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'What to do when some rows fail; defaults to REJECT_ALL.',
            block: false,
          },
          name: { kind: 'Name', value: 'errorPolicy' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementErrorPolicy' } },
          defaultValue: { kind: 'EnumValue', value: 'REJECT_ALL' },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A key unique to this request. Retrying with the same key and input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of a stock mutation.', block: false },
      name: { kind: 'Name', value: 'StockMovementPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The movement recorded; null when there are user errors, or when an adjustment found nothing to change.',
            block: false,
          },
          name: { kind: 'Name', value: 'movement' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The stock levels the movement changed, as they were right after it.',
            block: false,
          },
          name: { kind: 'Name', value: 'stockLevels' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'What was wrong; empty on success. When non-empty, nothing was written.',
            block: false,
          },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `recordMovements`.', block: false },
      name: { kind: 'Name', value: 'RecordMovementsPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The movements recorded, in row order (failed rows are left out).',
            block: false,
          },
          name: { kind: 'Name', value: 'movements' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The stock levels the batch changed, as they were right after it.',
            block: false,
          },
          name: { kind: 'Name', value: 'stockLevels' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'One entry per problem, each with a field path starting `["movements", "<row index>"]`.',
            block: false,
          },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'Where a reservation stands.', block: false },
      name: { kind: 'Name', value: 'ReservationStatus' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Holding units until `expiresAt` (a cart or quote).',
            block: false,
          },
          name: { kind: 'Name', value: 'ACTIVE' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Holding units for a placed order, with no expiry, until shipped or released.',
            block: false,
          },
          name: { kind: 'Name', value: 'COMMITTED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Everything it held was shipped (some may have been released).',
            block: false,
          },
          name: { kind: 'Name', value: 'FULFILLED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Everything it held was given back before shipping.',
            block: false,
          },
          name: { kind: 'Name', value: 'RELEASED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Its `expiresAt` passed while ACTIVE: it holds nothing, from that very instant.',
            block: false,
          },
          name: { kind: 'Name', value: 'EXPIRED' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value:
          'A hold on available units. While ACTIVE or COMMITTED its outstanding units count in `reserved` or\n`committed` at their levels and are not `available` to anyone else.',
        block: true,
      },
      name: { kind: 'Name', value: 'Reservation' },
      interfaces: [{ kind: 'NamedType', name: { kind: 'Name', value: 'Node' } }],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque global ID.', block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Where it stands now; an ACTIVE hold reads EXPIRED the instant `expiresAt` passes.',
            block: false,
          },
          name: { kind: 'Name', value: 'status' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationStatus' } },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'When an ACTIVE hold lapses; null once committed, fulfilled or released.',
            block: false,
          },
          name: { kind: 'Name', value: 'expiresAt' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "The client's document, e.g. a cart or order number.",
            block: false,
          },
          name: { kind: 'Name', value: 'reference' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Who the units are held for, e.g. a customer or channel.',
            block: false,
          },
          name: { kind: 'Name', value: 'holder' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'What it holds, one line per product and location.',
            block: false,
          },
          name: { kind: 'Name', value: 'lines' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationLine' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it was made.', block: false },
          name: { kind: 'Name', value: 'createdAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'When it last changed (extended, committed, fulfilled or released).',
            block: false,
          },
          name: { kind: 'Name', value: 'updatedAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'Units of one product held at one location by a reservation.',
        block: false,
      },
      name: { kind: 'Name', value: 'ReservationLine' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'product' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where the units are held.', block: false },
          name: { kind: 'Name', value: 'location' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units the line held when made.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units shipped against it.', block: false },
          name: { kind: 'Name', value: 'fulfilled' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Units given back.', block: false },
          name: { kind: 'Name', value: 'released' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units it still holds: `quantity - fulfilled - released` (0 once the reservation has expired).',
            block: false,
          },
          name: { kind: 'Name', value: 'outstanding' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A page of reservations.', block: false },
      name: { kind: 'Name', value: 'ReservationConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The reservations on this page, each with its cursor.',
            block: false,
          },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationEdge' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The reservations on this page, without cursors.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Reservation' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole list.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'How many reservations match the filter, across all pages.',
            block: false,
          },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A reservation and its position in a list.', block: false },
      name: { kind: 'Name', value: 'ReservationEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after` or `before`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The reservation.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Reservation' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'Narrows the reservation list. All given conditions must hold.',
        block: false,
      },
      name: { kind: 'Name', value: 'ReservationFilter' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Only reservations with this status now (ACTIVE excludes holds past their expiry; EXPIRED includes them).',
            block: false,
          },
          name: { kind: 'Name', value: 'status' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationStatus' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only reservations with a line of this product.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only reservations with a line at this location.', block: false },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only reservations with exactly this reference.', block: false },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Only reservations with exactly this holder.', block: false },
          name: { kind: 'Name', value: 'holder' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'One line of `reserveStock`.', block: false },
      name: { kind: 'Name', value: 'ReservationLineInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The product to hold.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Where to hold it; omitted: placed by the location strategy (see `reserveStock`).',
            block: false,
          },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'How many units; 1 to 1,000,000,000.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'What `reserveStock` holds. Give at most one of `expiresAt` and `ttlSeconds`; neither means 15 minutes.',
        block: false,
      },
      name: { kind: 'Name', value: 'ReserveStockInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: '1 to 100 lines. Lines naming the same product and location are held as one.',
            block: false,
          },
          name: { kind: 'Name', value: 'lines' },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationLineInput' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'When the hold lapses: in the future, at most 30 days ahead.',
            block: false,
          },
          name: { kind: 'Name', value: 'expiresAt' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Or: how long the hold lives, in seconds (1 to 2,592,000), counted from when it is made.',
            block: false,
          },
          name: { kind: 'Name', value: 'ttlSeconds' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: "The client's document, e.g. a cart or order number (up to 100 characters).",
            block: false,
          },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Who the units are held for (up to 200 characters).',
            block: false,
          },
          name: { kind: 'Name', value: 'holder' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'True: a line without `locationId` may be held across several locations.',
            block: false,
          },
          name: { kind: 'Name', value: 'allowSplit' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          defaultValue: { kind: 'BooleanValue', value: false },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A key unique to this request. Retrying with the same key and input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value:
          'A new expiry for an ACTIVE hold. Give at most one of `expiresAt` and `ttlSeconds`; neither means 15 minutes from now.',
        block: false,
      },
      name: { kind: 'Name', value: 'ExtendReservationInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The reservation.', block: false },
          name: { kind: 'Name', value: 'reservationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The new expiry: in the future, at most 30 days ahead.',
            block: false,
          },
          name: { kind: 'Name', value: 'expiresAt' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Or: seconds from now (1 to 2,592,000).', block: false },
          name: { kind: 'Name', value: 'ttlSeconds' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A key unique to this request. Retrying with the same key and input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Which reservation to commit.', block: false },
      name: { kind: 'Name', value: 'CommitReservationInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The reservation; it must be ACTIVE.', block: false },
          name: { kind: 'Name', value: 'reservationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A key unique to this request. Retrying with the same key and input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Some units of one reservation line to give back.', block: false },
      name: { kind: 'Name', value: 'ReleaseLineInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The line's product.", block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The line's location.", block: false },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'How many units; omitted: everything the line still holds.',
            block: false,
          },
          name: { kind: 'Name', value: 'quantity' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'What to release.', block: false },
      name: { kind: 'Name', value: 'ReleaseReservationInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The reservation; it must be ACTIVE or COMMITTED.', block: false },
          name: { kind: 'Name', value: 'reservationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Only these lines (and units); omitted: everything it still holds.',
            block: false,
          },
          name: { kind: 'Name', value: 'lines' },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseLineInput' } },
            },
          },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A key unique to this request. Retrying with the same key and input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Units changing state at one location.', block: false },
      name: { kind: 'Name', value: 'ChangeStockStateInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The location.', block: false },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'How many units; 1 to 1,000,000,000.', block: false },
          name: { kind: 'Name', value: 'quantity' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The state they leave.', block: false },
          name: { kind: 'Name', value: 'from' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockState' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The state they arrive in; must differ from `from`.',
            block: false,
          },
          name: { kind: 'Name', value: 'to' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockState' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Why; defaults to DAMAGED, QUALITY_CHECK or CORRECTION by the state they go to.',
            block: false,
          },
          name: { kind: 'Name', value: 'reason' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementReason' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'E.g. an inspection number.', block: false },
          name: { kind: 'Name', value: 'reference' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'Free text, up to 1,000 characters.', block: false },
          name: { kind: 'Name', value: 'note' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'When it happened; defaults to now. May be in the past, not in the future.',
            block: false,
          },
          name: { kind: 'Name', value: 'occurredAt' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A key unique to this request. Retrying with the same key and input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: "A level's safety stock.", block: false },
      name: { kind: 'Name', value: 'SetSafetyStockInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The product.', block: false },
          name: { kind: 'Name', value: 'productId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'The location.', block: false },
          name: { kind: 'Name', value: 'locationId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Units never offered as available: 0 to 1,000,000,000.',
            block: false,
          },
          name: { kind: 'Name', value: 'quantity' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'A key unique to this request. Retrying with the same key and input returns the first result and writes nothing.',
            block: false,
          },
          name: { kind: 'Name', value: 'idempotencyKey' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of a reservation mutation.', block: false },
      name: { kind: 'Name', value: 'ReservationPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The reservation as it is after the change; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'reservation' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Reservation' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The stock levels the change moved, as they were right after it.',
            block: false,
          },
          name: { kind: 'Name', value: 'stockLevels' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'What was wrong; empty on success. When non-empty, nothing was written.',
            block: false,
          },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `setSafetyStock`.', block: false },
      name: { kind: 'Name', value: 'SetSafetyStockPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The level after the change; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'stockLevel' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'What was wrong; empty on success. When non-empty, nothing was written.',
            block: false,
          },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value:
          'An endpoint that receives events as signed HTTP POSTs, following the Standard Webhooks\nconvention (`webhook-id`, `webhook-timestamp` and `webhook-signature` headers).',
        block: true,
      },
      name: { kind: 'Name', value: 'WebhookSubscription' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque ID.', block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where events are POSTed.', block: false },
          name: { kind: 'Name', value: 'url' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The event types sent; empty means every type.', block: false },
          name: { kind: 'Name', value: 'eventTypes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventType' } } },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'What the subscription is for; null when none was given.',
            block: false,
          },
          name: { kind: 'Name', value: 'description' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'ACTIVE: events are queued and sent. PAUSED: nothing is sent; see `pausedReason`.',
            block: false,
          },
          name: { kind: 'Name', value: 'status' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscriptionStatus' } },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Why the subscription was paused: which delivery failed every attempt, with its last status or\nerror, or who paused it. Null while active.',
            block: true,
          },
          name: { kind: 'Name', value: 'pausedReason' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it was paused; null while active.', block: false },
          name: { kind: 'Name', value: 'pausedAt' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Who created it: a user or an API key. Null if that user or key no longer exists.',
            block: false,
          },
          name: { kind: 'Name', value: 'createdBy' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Actor' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'When it was created. Only events committed after this are sent to it.',
            block: false,
          },
          name: { kind: 'Name', value: 'createdAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it last changed.', block: false },
          name: { kind: 'Name', value: 'updatedAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'Whether a subscription is being sent events.', block: false },
      name: { kind: 'Name', value: 'WebhookSubscriptionStatus' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Events are queued and sent.', block: false },
          name: { kind: 'Name', value: 'ACTIVE' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'Nothing is sent, and new events are not queued for it. Stockroom pauses a subscription when one\nof its deliveries fails every attempt of the retry schedule; an admin resumes it with\n`updateWebhookSubscription(input: { status: ACTIVE })`.',
            block: true,
          },
          name: { kind: 'Name', value: 'PAUSED' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'One event sent (or to be sent) to one subscription.', block: false },
      name: { kind: 'Name', value: 'WebhookDelivery' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque ID, to pass to `redeliverWebhook`.', block: false },
          name: { kind: 'Name', value: 'id' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The `webhook-id` header of every attempt (`msg_` followed by a UUID): the same on each retry and\nredelivery, so a receiver can drop duplicates.',
            block: true,
          },
          name: { kind: 'Name', value: 'webhookId' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The subscription it is sent to.', block: false },
          name: { kind: 'Name', value: 'subscription' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The type of the event sent.', block: false },
          name: { kind: 'Name', value: 'eventType' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventType' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "The event's sequence number, as in the body's `sequence`.",
            block: false,
          },
          name: { kind: 'Name', value: 'eventSequence' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The JSON body POSTed, exactly as signed: `{ id, type, sequence, occurredAt, actor, data }`.\nThe timestamp and signature headers are made afresh for each attempt.',
            block: true,
          },
          name: { kind: 'Name', value: 'body' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Deliveries of one subscription with the same ordering key (the event's first product, else its\nreservation, else its first location, else `global`) are sent one at a time, in event order.",
            block: true,
          },
          name: { kind: 'Name', value: 'orderingKey' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'PENDING until the receiver answers 2xx (SUCCEEDED) or the retry schedule runs out (FAILED).',
            block: false,
          },
          name: { kind: 'Name', value: 'status' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDeliveryStatus' } },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'How many attempts have been made since it was queued (or redelivered).',
            block: false,
          },
          name: { kind: 'Name', value: 'attemptCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'When the next attempt is due, while PENDING; null once it is SUCCEEDED or FAILED.',
            block: false,
          },
          name: { kind: 'Name', value: 'nextAttemptAt' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "The last attempt's error (`HTTP 500: …`, `timed out after 10000 ms`, …); null when none failed.",
            block: false,
          },
          name: { kind: 'Name', value: 'lastError' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it was queued.', block: false },
          name: { kind: 'Name', value: 'createdAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When it SUCCEEDED or FAILED; null while PENDING.', block: false },
          name: { kind: 'Name', value: 'completedAt' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'Every attempt, oldest first, redeliveries included.',
            block: false,
          },
          name: { kind: 'Name', value: 'attempts' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookAttempt' } },
              },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'EnumTypeDefinition',
      description: { kind: 'StringValue', value: 'Where a delivery stands.', block: false },
      name: { kind: 'Name', value: 'WebhookDeliveryStatus' },
      directives: [],
      values: [
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'Waiting for its first attempt or a retry.', block: false },
          name: { kind: 'Name', value: 'PENDING' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: { kind: 'StringValue', value: 'The receiver answered 2xx.', block: false },
          name: { kind: 'Name', value: 'SUCCEEDED' },
          directives: [],
        },
        {
          kind: 'EnumValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'Every attempt of the retry schedule failed; its subscription was paused.',
            block: false,
          },
          name: { kind: 'Name', value: 'FAILED' },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'One HTTP attempt of a delivery.', block: false },
      name: { kind: 'Name', value: 'WebhookAttempt' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'When the attempt started.', block: false },
          name: { kind: 'Name', value: 'attemptedAt' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'How long it took, in milliseconds, until the answer, the error or the timeout.',
            block: false,
          },
          name: { kind: 'Name', value: 'durationMs' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: "The receiver's HTTP status; null when no answer came (timeout, refused connection, refused URL).",
            block: false,
          },
          name: { kind: 'Name', value: 'statusCode' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "Why it failed: the status with the start of the receiver's answer, a redirect (never followed),\na timeout, a connection error, or a URL the SSRF guard refused. Null when it succeeded.",
            block: true,
          },
          name: { kind: 'Name', value: 'error' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'True when the receiver answered 2xx.', block: false },
          name: { kind: 'Name', value: 'succeeded' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A page of webhook subscriptions.', block: false },
      name: { kind: 'Name', value: 'WebhookSubscriptionConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The subscriptions on this page, each with its cursor.',
            block: false,
          },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscriptionEdge' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The subscriptions on this page, without cursors.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole list.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'How many subscriptions there are, across all pages.',
            block: false,
          },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A webhook subscription and its position in a list.', block: false },
      name: { kind: 'Name', value: 'WebhookSubscriptionEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after` or `before`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The subscription.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A page of webhook deliveries.', block: false },
      name: { kind: 'Name', value: 'WebhookDeliveryConnection' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The deliveries on this page, each with its cursor.',
            block: false,
          },
          name: { kind: 'Name', value: 'edges' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDeliveryEdge' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The deliveries on this page, without cursors.', block: false },
          name: { kind: 'Name', value: 'nodes' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
              },
            },
          },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Where this page sits in the whole list.', block: false },
          name: { kind: 'Name', value: 'pageInfo' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'How many deliveries match, across all pages.', block: false },
          name: { kind: 'Name', value: 'totalCount' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A webhook delivery and its position in a list.', block: false },
      name: { kind: 'Name', value: 'WebhookDeliveryEdge' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'Opaque cursor to pass as `after` or `before`.', block: false },
          name: { kind: 'Name', value: 'cursor' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'The delivery.', block: false },
          name: { kind: 'Name', value: 'node' },
          arguments: [],
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'A new webhook subscription.', block: false },
      name: { kind: 'Name', value: 'CreateWebhookSubscriptionInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value:
              'The endpoint: an absolute https:// URL of at most 2,048 characters, without a user name or\npassword, whose host resolves to public addresses only.',
            block: true,
          },
          name: { kind: 'Name', value: 'url' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The event types to send; omitted or empty means every type, including types added later.',
            block: false,
          },
          name: { kind: 'Name', value: 'eventTypes' },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventType' } } },
          },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'What the subscription is for, up to 500 characters.',
            block: false,
          },
          name: { kind: 'Name', value: 'description' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: {
        kind: 'StringValue',
        value: 'Changes to a webhook subscription; omitted fields keep their value.',
        block: false,
      },
      name: { kind: 'Name', value: 'UpdateWebhookSubscriptionInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The subscription's ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'A new endpoint, with the same rules as on creation.',
            block: false,
          },
          name: { kind: 'Name', value: 'url' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'The event types to send from now on; empty means every type.',
            block: false,
          },
          name: { kind: 'Name', value: 'eventTypes' },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventType' } } },
          },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: 'A new description; null or empty removes it.', block: false },
          name: { kind: 'Name', value: 'description' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'InputValueDefinition',
          description: {
            kind: 'StringValue',
            value: 'ACTIVE resumes a paused subscription (and retries its FAILED deliveries); PAUSED pauses it.',
            block: false,
          },
          name: { kind: 'Name', value: 'status' },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscriptionStatus' } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Which webhook subscription to delete.', block: false },
      name: { kind: 'Name', value: 'DeleteWebhookSubscriptionInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The subscription's ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Which webhook subscription gets a new secret.', block: false },
      name: { kind: 'Name', value: 'RotateWebhookSecretInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The subscription's ID.", block: false },
          name: { kind: 'Name', value: 'id' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'InputObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Which delivery to send again.', block: false },
      name: { kind: 'Name', value: 'RedeliverWebhookInput' },
      directives: [],
      fields: [
        {
          kind: 'InputValueDefinition',
          description: { kind: 'StringValue', value: "The delivery's ID (`WebhookDelivery.id`).", block: false },
          name: { kind: 'Name', value: 'deliveryId' },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `createWebhookSubscription`.', block: false },
      name: { kind: 'Name', value: 'CreateWebhookSubscriptionPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The new subscription; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'subscription' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value:
              "The signing secret (`whsec_` followed by base64), to verify each delivery's `webhook-signature`.\nShown only here, only once; `rotateWebhookSecret` makes a new one.",
            block: true,
          },
          name: { kind: 'Name', value: 'secret' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `updateWebhookSubscription`.', block: false },
      name: { kind: 'Name', value: 'UpdateWebhookSubscriptionPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The subscription after the change; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'subscription' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `deleteWebhookSubscription`.', block: false },
      name: { kind: 'Name', value: 'DeleteWebhookSubscriptionPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The ID of the deleted subscription; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'deletedSubscriptionId' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `rotateWebhookSecret`.', block: false },
      name: { kind: 'Name', value: 'RotateWebhookSecretPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The subscription; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'subscription' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The new signing secret. Shown only here, only once.',
            block: false,
          },
          name: { kind: 'Name', value: 'secret' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'ObjectTypeDefinition',
      description: { kind: 'StringValue', value: 'Result of `redeliverWebhook`.', block: false },
      name: { kind: 'Name', value: 'RedeliverWebhookPayload' },
      interfaces: [],
      directives: [],
      fields: [
        {
          kind: 'FieldDefinition',
          description: {
            kind: 'StringValue',
            value: 'The delivery, PENDING again; null when there are user errors.',
            block: false,
          },
          name: { kind: 'Name', value: 'delivery' },
          arguments: [],
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
          directives: [],
        },
        {
          kind: 'FieldDefinition',
          description: { kind: 'StringValue', value: 'What was wrong with the input; empty on success.', block: false },
          name: { kind: 'Name', value: 'userErrors' },
          arguments: [],
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } } },
            },
          },
          directives: [],
        },
      ],
    },
    {
      kind: 'SchemaDefinition',
      operationTypes: [
        {
          kind: 'OperationTypeDefinition',
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Query' } },
          operation: 'query',
        },
        {
          kind: 'OperationTypeDefinition',
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Mutation' } },
          operation: 'mutation',
        },
        {
          kind: 'OperationTypeDefinition',
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
          operation: 'subscription',
        },
      ],
    },
  ],
} as unknown as DocumentNode;
