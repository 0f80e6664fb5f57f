// The product page's receive, ship, transfer and adjust forms (CLERK and above). Each sends its
// mutation and shows the payload's user errors beside the fields they name; checks the API makes
// (a quantity of 0, an unknown location, too little stock) are left to the API.
import { useState, type ComponentProps, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '../api';
import {
  ProductAdjustStockDocument,
  ProductReceiveStockDocument,
  ProductShipStockDocument,
  ProductTransferStockDocument,
  type ProductStockLevelFragment,
  type ProductStockResultFragment,
} from '../generated/graphql';
import { formatCount, formatMoney } from './figures';
import {
  FormAlert,
  NO_ERRORS,
  SelectField,
  TextField,
  hasErrors,
  optional,
  parseWhole,
  requestFailed,
  sortErrors,
  withLocal,
  type FormErrors,
} from './form-fields';

export interface LocationOption {
  id: string;
  code: string;
  name: string;
}

interface StockFormsProps {
  product: { id: string; unit: string; price: string };
  levels: readonly ProductStockLevelFragment[];
  locations: readonly LocationOption[];
  /** After a movement was recorded: the page reloads what it changed. */
  onRecorded: () => void;
}

export function StockForms(props: StockFormsProps) {
  return (
    <div className="stock-forms">
      <ReceiveForm {...props} />
      <ShipForm {...props} />
      <TransferForm {...props} />
      <AdjustForm {...props} />
    </div>
  );
}

/** What every form shares: its errors, its status line, and sending a mutation. */
function useStockForm(fields: readonly string[]) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [status, setStatus] = useState('');

  /** Runs `send` unless `local` found problems; true when the movement was recorded. */
  async function record(
    local: Record<string, string>,
    send: () => Promise<ProductStockResultFragment>,
    done: (payload: ProductStockResultFragment) => string,
  ): Promise<boolean> {
    setStatus('');
    if (Object.keys(local).length > 0) {
      setErrors(withLocal(NO_ERRORS, local));
      return false;
    }
    try {
      const payload = await send();
      const next = sortErrors(payload.userErrors, fields);
      setErrors(next);
      if (hasErrors(next)) return false;
      setStatus(done(payload));
      return true;
    } catch (error) {
      setErrors(requestFailed(error, fields));
      return false;
    }
  }
  return { errors, status, record };
}

function FormCard({
  title,
  status,
  errors,
  busy,
  action,
  onSubmit,
  children,
}: {
  title: string;
  status: string;
  errors: FormErrors;
  busy: boolean;
  action: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const headingId = `stock-form-${action.toLowerCase()}`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <FormAlert errors={errors} />
        {children}
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : action}
        </button>
        <p role="status" className="form-status">
          {status}
        </p>
      </form>
    </section>
  );
}

const optionsOf = (locations: readonly LocationOption[]) =>
  locations.map((location) => ({ value: location.id, label: `${location.code} · ${location.name}` }));

/** A location for a stock form: any of them, none chosen until the user picks one. */
function LocationSelect({
  locations,
  ...field
}: Omit<ComponentProps<typeof SelectField>, 'options' | 'placeholder'> & { locations: readonly LocationOption[] }) {
  return <SelectField {...field} options={optionsOf(locations)} placeholder="Choose a location" />;
}

/** The whole number of units a stock form records. */
function QuantityField(props: Pick<ComponentProps<typeof TextField>, 'value' | 'onValue' | 'errors'>) {
  return <TextField label="Quantity" name="quantity" {...props} inputMode="numeric" autoComplete="off" />;
}

/** The quantity field's text as a number for the API, or the local problem with it. */
function quantityOf(text: string, name = 'quantity'): { value: number; local: Record<string, string> } {
  const parsed = parseWhole(text);
  return 'problem' in parsed ? { value: 0, local: { [name]: parsed.problem } } : { value: parsed.value, local: {} };
}

const codeOf = (locations: readonly LocationOption[], id: string) =>
  locations.find((location) => location.id === id)?.code ?? 'the location';

function ReceiveForm({ product, locations, onRecorded }: StockFormsProps) {
  const [locationId, setLocationId] = useState('');
  const [quantity, setQuantity] = useState('');
  const [unitCost, setUnitCost] = useState('');
  const [reference, setReference] = useState('');
  const [run, state] = useMutation(ProductReceiveStockDocument);
  const form = useStockForm(['locationId', 'quantity', 'unitCost', 'reference']);

  async function submit() {
    const { value, local } = quantityOf(quantity);
    const recorded = await form.record(
      local,
      async () =>
        (
          await run({
            input: {
              productId: product.id,
              locationId,
              quantity: value,
              unitCost: unitCost.trim(),
              reference: optional(reference),
            },
          })
        ).receiveStock,
      () => `Received ${formatCount(value)} ${product.unit} at ${codeOf(locations, locationId)}.`,
    );
    if (recorded) {
      setQuantity('');
      onRecorded();
    }
  }

  return (
    <FormCard title="Receive" action="Receive" {...form} busy={state.loading} onSubmit={() => void submit()}>
      <LocationSelect
        label="Location"
        name="locationId"
        value={locationId}
        onValue={setLocationId}
        errors={form.errors}
        locations={locations}
      />
      <QuantityField value={quantity} onValue={setQuantity} errors={form.errors} />
      <TextField
        label="Unit cost"
        name="unitCost"
        value={unitCost}
        onValue={setUnitCost}
        errors={form.errors}
        inputMode="decimal"
        autoComplete="off"
      />
      <TextField
        label="Reference"
        name="reference"
        value={reference}
        onValue={setReference}
        errors={form.errors}
        autoComplete="off"
        hint="E.g. the purchase-order number"
      />
    </FormCard>
  );
}

function ShipForm({ product, locations, onRecorded }: StockFormsProps) {
  const [locationId, setLocationId] = useState('');
  const [quantity, setQuantity] = useState('');
  const [unitPrice, setUnitPrice] = useState('');
  const [counterparty, setCounterparty] = useState('');
  const [reference, setReference] = useState('');
  const [run, state] = useMutation(ProductShipStockDocument);
  const form = useStockForm(['locationId', 'quantity', 'unitPrice', 'counterparty', 'reference']);

  async function submit() {
    const { value, local } = quantityOf(quantity);
    const recorded = await form.record(
      local,
      async () =>
        (
          await run({
            input: {
              productId: product.id,
              locationId,
              quantity: value,
              unitPrice: optional(unitPrice),
              counterparty: optional(counterparty),
              reference: optional(reference),
            },
          })
        ).shipStock,
      () => `Shipped ${formatCount(value)} ${product.unit} from ${codeOf(locations, locationId)}.`,
    );
    if (recorded) {
      setQuantity('');
      onRecorded();
    }
  }

  return (
    <FormCard title="Ship" action="Ship" {...form} busy={state.loading} onSubmit={() => void submit()}>
      <LocationSelect
        label="Location"
        name="locationId"
        value={locationId}
        onValue={setLocationId}
        errors={form.errors}
        locations={locations}
      />
      <QuantityField value={quantity} onValue={setQuantity} errors={form.errors} />
      <TextField
        label="Unit price"
        name="unitPrice"
        value={unitPrice}
        onValue={setUnitPrice}
        errors={form.errors}
        inputMode="decimal"
        autoComplete="off"
        hint={`The catalogue price (${formatMoney(product.price)}) when empty`}
      />
      <TextField
        label="Customer"
        name="counterparty"
        value={counterparty}
        onValue={setCounterparty}
        errors={form.errors}
        autoComplete="off"
      />
      <TextField
        label="Reference"
        name="reference"
        value={reference}
        onValue={setReference}
        errors={form.errors}
        autoComplete="off"
        hint="E.g. the sales-order number"
      />
    </FormCard>
  );
}

function TransferForm({ product, locations, onRecorded }: StockFormsProps) {
  const [fromLocationId, setFrom] = useState('');
  const [toLocationId, setTo] = useState('');
  const [quantity, setQuantity] = useState('');
  const [reference, setReference] = useState('');
  const [run, state] = useMutation(ProductTransferStockDocument);
  const form = useStockForm(['fromLocationId', 'toLocationId', 'quantity', 'reference']);

  async function submit() {
    const { value, local } = quantityOf(quantity);
    const recorded = await form.record(
      local,
      async () =>
        (
          await run({
            input: {
              productId: product.id,
              fromLocationId,
              toLocationId,
              quantity: value,
              reference: optional(reference),
            },
          })
        ).transferStock,
      () =>
        `Moved ${formatCount(value)} ${product.unit} from ${codeOf(locations, fromLocationId)} to ${codeOf(
          locations,
          toLocationId,
        )}.`,
    );
    if (recorded) {
      setQuantity('');
      onRecorded();
    }
  }

  return (
    <FormCard title="Transfer" action="Transfer" {...form} busy={state.loading} onSubmit={() => void submit()}>
      <LocationSelect
        label="From"
        name="fromLocationId"
        value={fromLocationId}
        onValue={setFrom}
        errors={form.errors}
        locations={locations}
      />
      <LocationSelect
        label="To"
        name="toLocationId"
        value={toLocationId}
        onValue={setTo}
        errors={form.errors}
        locations={locations}
      />
      <QuantityField value={quantity} onValue={setQuantity} errors={form.errors} />
      <TextField
        label="Reference"
        name="reference"
        value={reference}
        onValue={setReference}
        errors={form.errors}
        autoComplete="off"
      />
    </FormCard>
  );
}

function AdjustForm({ product, levels, locations, onRecorded }: StockFormsProps) {
  const [locationId, setLocationId] = useState('');
  const [mode, setMode] = useState<'delta' | 'countedQuantity'>('delta');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [run, state] = useMutation(ProductAdjustStockDocument);
  const form = useStockForm(['locationId', 'delta', 'countedQuantity', 'note']);
  // Compare-and-set: the change applies only if on hand is still what this page shows.
  const shownOnHand = levels.find((level) => level.location.id === locationId)?.onHand ?? 0;

  async function submit() {
    const { value, local } = quantityOf(amount, mode);
    const recorded = await form.record(
      local,
      async () =>
        (
          await run({
            input: {
              productId: product.id,
              locationId,
              ...(mode === 'delta' ? { delta: value } : { countedQuantity: value }),
              expectedOnHand: locationId ? shownOnHand : undefined,
              note: optional(note),
            },
          })
        ).adjustStock,
      (payload) =>
        payload.movement
          ? `Adjusted ${codeOf(locations, locationId)}: on hand is now ${formatCount(
              payload.stockLevels.find((level) => level.location.id === locationId)?.onHand ?? 0,
            )} ${product.unit}.`
          : 'Nothing to change: on hand was already that.',
    );
    if (recorded) {
      setAmount('');
      onRecorded();
    }
  }

  return (
    <FormCard title="Adjust" action="Adjust" {...form} busy={state.loading} onSubmit={() => void submit()}>
      <LocationSelect
        label="Location"
        name="locationId"
        value={locationId}
        onValue={setLocationId}
        errors={form.errors}
        locations={locations}
        hint={locationId ? `On hand there now: ${formatCount(shownOnHand)} ${product.unit}` : undefined}
      />
      <fieldset className="choice">
        <legend>Adjust by</legend>
        <label>
          <input type="radio" name="adjust-mode" checked={mode === 'delta'} onChange={() => setMode('delta')} /> A
          change (+ or −)
        </label>
        <label>
          <input
            type="radio"
            name="adjust-mode"
            checked={mode === 'countedQuantity'}
            onChange={() => setMode('countedQuantity')}
          />{' '}
          A counted quantity
        </label>
      </fieldset>
      <TextField
        label={mode === 'delta' ? 'Change' : 'Counted quantity'}
        name={mode}
        value={amount}
        onValue={setAmount}
        errors={form.errors}
        inputMode={mode === 'delta' ? 'text' : 'numeric'}
        autoComplete="off"
      />
      <TextField label="Note" name="note" value={note} onValue={setNote} errors={form.errors} autoComplete="off" />
    </FormCard>
  );
}
