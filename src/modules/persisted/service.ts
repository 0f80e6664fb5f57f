// Trusted documents (Stockroom's built-in ones, and the safelist registered from manifests) and
// the APQ cache: what a hash or a documentId stands for.
import type { PersistedDocument, Prisma, PrismaClient } from '../../generated/prisma/client';
import type { Actor } from '../../shared/actor';
import { audit } from '../../shared/audit';
import type { UserError } from '../../shared/errors';
import { paginate, type Page, type PageArgs } from '../../shared/pagination';
import { findBuiltIn } from './builtin';
import { createApqCache, DEFAULT_APQ_CACHE_SIZE, type ApqCache, type ApqCacheOptions } from './apq-cache';
import { parseManifest, type ManifestFormat } from './manifest';
import { setBounded } from '../../shared/bounded';

export interface RegistrationResult {
  format: ManifestFormat | null;
  /** Documents the manifest added to the safelist. */
  registered: number;
  /** Documents of the manifest that were registered before (same hash, hence same text). */
  alreadyRegistered: number;
  documents: PersistedDocument[];
  userErrors: UserError[];
}

/** A trusted document's text and operation, as execution needs them. */
export type TrustedDocument = Pick<PersistedDocument, 'hash' | 'body' | 'operationName' | 'operationType'>;

/** Remembered trusted documents per process. A hash always names the same text, so entries never go stale. */
const TRUSTED_MEMO_SIZE = 2_000;

export class PersistedDocumentService {
  readonly apq: ApqCache;
  private readonly trusted = new Map<string, TrustedDocument>();
  /** Documents a client shipped with this server trusts for as long as it runs (the web app's). */
  private readonly shipped = new Map<string, TrustedDocument>();

  constructor(
    private readonly prisma: PrismaClient,
    options: Partial<ApqCacheOptions> = {},
  ) {
    this.apq = createApqCache(prisma, { ...options, maxEntries: options.maxEntries ?? DEFAULT_APQ_CACHE_SIZE });
  }

  /**
   * Adds every document of a manifest to the safelist, or none when any entry is wrong (an id that
   * is not its body's sha256, a body that is not one GraphQL operation, a malformed manifest).
   */
  async register(actor: Actor | null, manifest: unknown): Promise<RegistrationResult> {
    const parsed = parseManifest(manifest);
    if (parsed.userErrors.length > 0) {
      return {
        format: parsed.format,
        registered: 0,
        alreadyRegistered: 0,
        documents: [],
        userErrors: parsed.userErrors,
      };
    }
    const unique = [...new Map(parsed.documents.map((document) => [document.hash, document])).values()];
    const hashes = unique.map((document) => document.hash);
    const { added, documents } = await this.prisma.$transaction(async (tx) => {
      // A hash names exactly one text, so a document registered before is simply skipped.
      const created = await tx.persistedDocument.createMany({ data: unique, skipDuplicates: true });
      await audit(tx, actor, {
        action: 'persisted_documents.registered',
        targetType: 'PersistedDocument',
        targetId: parsed.format ?? 'manifest',
        details: { format: parsed.format, documents: unique.length, added: created.count },
      });
      const rows = await tx.persistedDocument.findMany({ where: { hash: { in: hashes } }, orderBy: { hash: 'asc' } });
      return { added: created.count, documents: rows };
    });
    return {
      format: parsed.format,
      registered: added,
      alreadyRegistered: unique.length - added,
      documents,
      userErrors: [],
    };
  }

  /**
   * Trusts the documents of a manifest built with this server (the web app's, src/app), in memory
   * only: like the built-in documents they need no registration, nothing can delete them, they are
   * not listed, and they stop being trusted when the server that trusted them stops. Throws when the
   * manifest is not one the registration would accept: it is this build's own file, so that is a
   * build fault, not a client's.
   */
  trustShipped(manifest: unknown, source: string): number {
    const parsed = parseManifest(manifest);
    if (parsed.userErrors.length > 0) {
      const problems = parsed.userErrors.map((error) => `${error.field?.join('.') ?? ''}: ${error.message}`);
      throw new Error(`${source} is not a valid manifest: ${problems.join('; ')}`);
    }
    for (const document of parsed.documents) this.shipped.set(document.hash, document);
    return parsed.documents.length;
  }

  /**
   * The trusted document with this sha256, or null: one of Stockroom's built-in documents, one shipped
   * with it (trustShipped), or a registered one.
   */
  async findTrusted(hash: string): Promise<TrustedDocument | null> {
    const builtIn = findBuiltIn(hash) ?? this.shipped.get(hash);
    if (builtIn) return builtIn;
    const remembered = this.trusted.get(hash);
    if (remembered) return remembered;
    const found = await this.prisma.persistedDocument.findUnique({
      where: { hash },
      select: { hash: true, body: true, operationName: true, operationType: true },
    });
    if (found) {
      setBounded(this.trusted, hash, found, TRUSTED_MEMO_SIZE);
    }
    return found;
  }

  list(filter: { operationName?: string | null }, page: PageArgs): Promise<Page<PersistedDocument>> {
    const where: Prisma.PersistedDocumentWhereInput = filter.operationName
      ? { operationName: filter.operationName }
      : {};
    return paginate<PersistedDocument>(
      {
        where,
        sortField: 'createdAt',
        idField: 'hash',
        direction: 'desc',
        cursor: { sortValue: 'moment', id: 'text' },
        findMany: (args) => this.prisma.persistedDocument.findMany(args as Prisma.PersistedDocumentFindManyArgs),
        count: (args) => this.prisma.persistedDocument.count(args as Prisma.PersistedDocumentCountArgs),
      },
      page,
    );
  }

  close(): Promise<void> {
    return this.apq.close();
  }
}
