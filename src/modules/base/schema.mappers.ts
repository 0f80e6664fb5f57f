// A connection's pageInfo checks for neighbouring pages only when a client asks for them.
import type { PageBounds } from '../../shared/pagination';

export type PageInfoMapper = PageBounds;
