-- AlterTable
ALTER TABLE "product" ADD COLUMN     "search_text" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "product_search_text_trgm" ON "product" USING GIST ("search_text" gist_trgm_ops);

-- search_text is derived, never written by the application: a trigger keeps it equal to the
-- name and description that Product.similar compares, so its trigram index can find textual
-- neighbours nearest first (ORDER BY search_text <-> ...).
CREATE FUNCTION stockroom_product_search_text() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  NEW.search_text := NEW.name || ' ' || NEW.description;
  RETURN NEW;
END;
$$;

CREATE TRIGGER product_search_text
BEFORE INSERT OR UPDATE OF name, description ON product
FOR EACH ROW EXECUTE FUNCTION stockroom_product_search_text();

UPDATE product SET search_text = name || ' ' || description;
