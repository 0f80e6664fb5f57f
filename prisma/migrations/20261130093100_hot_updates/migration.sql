-- Room on each page for the next version of a row, so that updates stay on their page (HOT) and
-- write no index entries. Every ledger write updates its products (event_position, and
-- below_reorder_point) and its stock levels, and neither update changes an indexed column; but a
-- full page sends the new version elsewhere, which writes an entry in every index of the table
-- (for product: its trigram GIN and GiST indexes too) and bloats them. Pages written from now on
-- keep 30% free; existing pages keep their layout until they are rewritten.
ALTER TABLE product SET (fillfactor = 70);
ALTER TABLE stock_level SET (fillfactor = 70);
