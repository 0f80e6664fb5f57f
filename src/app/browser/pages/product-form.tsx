// The product form: the catalogue creates products with it, the product page edits them. An edit
// sends only the fields that changed; user errors appear beside their fields.
import { useState, type FormEvent } from 'react';
import { useMutation } from '../api';
import {
  CatalogueCreateProductDocument,
  CatalogueUpdateProductDocument,
  type CatalogueProductDetailsFragment,
  type CreateProductInput,
  type UpdateProductInput,
} from '../generated/graphql';
import {
  FormAlert,
  NO_ERRORS,
  TextAreaField,
  TextField,
  hasErrors,
  parseWhole,
  requestFailed,
  sortErrors,
  withLocal,
  type FormErrors,
} from './form-fields';

/** The form's fields, by the input field each one fills. */
const TEXTS = ['sku', 'name', 'description', 'category', 'unit', 'price', 'preferredSupplier'] as const;
const COUNTS = ['reorderPoint', 'reorderQuantity', 'leadTimeDays'] as const;
const FIELDS: readonly string[] = [...TEXTS, ...COUNTS];

type Values = Record<(typeof TEXTS)[number] | (typeof COUNTS)[number], string>;

const EMPTY: Values = {
  sku: '',
  name: '',
  description: '',
  category: '',
  unit: '',
  price: '',
  preferredSupplier: '',
  reorderPoint: '',
  reorderQuantity: '',
  leadTimeDays: '',
};

function valuesOf(product: CatalogueProductDetailsFragment): Values {
  return {
    sku: product.sku,
    name: product.name,
    description: product.description,
    category: product.category,
    unit: product.unit,
    price: product.price,
    preferredSupplier: product.preferredSupplier ?? '',
    reorderPoint: String(product.reorderPoint),
    reorderQuantity: String(product.reorderQuantity),
    leadTimeDays: product.leadTimeDays === null ? '' : String(product.leadTimeDays),
  };
}

/** The counts typed in, or the local problems with them (the API takes 0 and up only). */
function readCounts(values: Values, changed: (name: keyof Values) => boolean) {
  const counts: Partial<Record<(typeof COUNTS)[number], number>> = {};
  const problems: Record<string, string> = {};
  for (const name of COUNTS) {
    if (!changed(name) || values[name].trim() === '') continue;
    const parsed = parseWhole(values[name]);
    if ('problem' in parsed) problems[name] = parsed.problem;
    else if (parsed.value < 0) problems[name] = 'Enter 0 or more.';
    else counts[name] = parsed.value;
  }
  return { counts, problems };
}

interface ProductFormProps {
  /** The product to edit; a new product when omitted. */
  product?: CatalogueProductDetailsFragment;
  onSaved: (product: CatalogueProductDetailsFragment) => void;
  onCancel?: () => void;
}

export function ProductForm({ product, onSaved, onCancel }: ProductFormProps) {
  const initial = product ? valuesOf(product) : EMPTY;
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [create, creating] = useMutation(CatalogueCreateProductDocument);
  const [update, updating] = useMutation(CatalogueUpdateProductDocument);
  const busy = creating.loading || updating.loading;
  const set = (name: keyof Values) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const field = (name: keyof Values) => ({ name, value: values[name], onValue: set(name), errors });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changed = (name: keyof Values) => !product || values[name] !== initial[name];
    const { counts, problems } = readCounts(values, changed);
    if (Object.keys(problems).length > 0) {
      setErrors(withLocal(NO_ERRORS, problems));
      return;
    }
    try {
      if (product) {
        const input: UpdateProductInput = { id: product.id, ...counts };
        for (const name of TEXTS) if (changed(name)) input[name] = values[name];
        if (changed('leadTimeDays') && values.leadTimeDays.trim() === '') delete input.leadTimeDays;
        const { updateProduct } = await update({ input });
        const next = sortErrors(updateProduct.userErrors, FIELDS);
        setErrors(next);
        if (!hasErrors(next) && updateProduct.product) onSaved(updateProduct.product);
      } else {
        const input: CreateProductInput = {
          sku: values.sku,
          name: values.name,
          price: values.price.trim(),
          description: values.description || undefined,
          category: values.category.trim() || undefined,
          unit: values.unit.trim() || undefined,
          preferredSupplier: values.preferredSupplier.trim() || undefined,
          ...counts,
        };
        const { createProduct } = await create({ input });
        const next = sortErrors(createProduct.userErrors, FIELDS);
        setErrors(next);
        if (!hasErrors(next) && createProduct.product) onSaved(createProduct.product);
      }
    } catch (error) {
      setErrors(requestFailed(error, FIELDS));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="entry-form" aria-label={product ? 'Edit product' : 'New product'}>
      <FormAlert errors={errors} />
      <div className="form-grid">
        <TextField label="SKU" {...field('sku')} required autoComplete="off" spellCheck={false} />
        <TextField label="Name" {...field('name')} required autoComplete="off" />
        <TextField
          label="Category"
          {...field('category')}
          autoComplete="off"
          hint={product ? undefined : 'Uncategorised when empty'}
        />
        <TextField label="Unit" {...field('unit')} autoComplete="off" hint={product ? undefined : 'pcs when empty'} />
        <TextField label="Price" {...field('price')} required inputMode="decimal" autoComplete="off" />
        <TextField label="Reorder point" {...field('reorderPoint')} inputMode="numeric" autoComplete="off" />
        <TextField label="Reorder quantity" {...field('reorderQuantity')} inputMode="numeric" autoComplete="off" />
        <TextField label="Lead time (days)" {...field('leadTimeDays')} inputMode="numeric" autoComplete="off" />
        <TextField label="Preferred supplier" {...field('preferredSupplier')} autoComplete="off" />
      </div>
      <TextAreaField label="Description" {...field('description')} rows={3} />
      <div className="toolbar">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : product ? 'Save changes' : 'Create product'}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
