// The product's on-hand quantity over time: `stockAsOf` sampled at the end of 13 days (UTC), a week
// or a month apart and the last one today, all in one request through the aliases p0…p12 of
// ProductOnHandHistory. Sampling at day ends makes each point mean what its label says.
import { useMemo, useState } from 'react';
import { useQuery } from '../api';
import { ProductOnHandHistoryDocument, type ProductOnHandHistoryQueryVariables } from '../generated/graphql';
import { Chart } from '../components/chart';
import { formatCount, formatDay } from './figures';
import { SelectField, NO_ERRORS } from './form-fields';

/** How many moments the document samples (its aliases p0…p12). */
export const HISTORY_POINTS = 13;

type Step = 'week' | 'month';

const DAY_MS = 86_400_000;

/**
 * The moments to sample, oldest first: each is the end of a day (UTC midnight after it), the last the
 * end of `today`; a week apart, or the ends of the 12 months before this one.
 */
export function sampleMoments(today: Date, step: Step): string[] {
  const endOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1);
  return Array.from({ length: HISTORY_POINTS }, (_, index) => {
    const back = HISTORY_POINTS - 1 - index;
    if (step === 'week' || back === 0) return new Date(endOfToday - 7 * back * DAY_MS).toISOString();
    // The end of a month is the first moment of the next one.
    return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back + 1, 1)).toISOString();
  });
}

/** The day a sampled moment ends (the moment is the midnight after it). */
export const dayEndedBy = (moment: string): string => formatDay(new Date(Date.parse(moment) - DAY_MS).toISOString());

type Moments = Pick<
  ProductOnHandHistoryQueryVariables,
  'at0' | 'at1' | 'at2' | 'at3' | 'at4' | 'at5' | 'at6' | 'at7' | 'at8' | 'at9' | 'at10' | 'at11' | 'at12'
>;

function momentVariables(moments: readonly string[]): Moments {
  const at = (index: number) => moments[index]!;
  return {
    at0: at(0),
    at1: at(1),
    at2: at(2),
    at3: at(3),
    at4: at(4),
    at5: at(5),
    at6: at(6),
    at7: at(7),
    at8: at(8),
    at9: at(9),
    at10: at(10),
    at11: at(11),
    at12: at(12),
  };
}

interface HistoryProps {
  productId: string;
  locations: ReadonlyArray<{ id: string; code: string }>;
  /** Changes after the page records a movement: sampled again up to the new now. */
  version: number;
}

export function OnHandHistory({ productId, locations, version }: HistoryProps) {
  const [step, setStep] = useState<Step>('week');
  const [locationId, setLocationId] = useState('');
  // "Today" moves on only when asked to (a new version), so the variables stay the same between renders.
  const today = useMemo(() => new Date(), [version]);
  const moments = useMemo(() => sampleMoments(today, step), [today, step]);
  const query = useQuery(ProductOnHandHistoryDocument, {
    id: productId,
    locationId: locationId || null,
    ...momentVariables(moments),
  });
  const product = query.data?.product;
  const points = useMemo(
    () =>
      product
        ? moments.map((_, index) => product[`p${index}` as `p${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`])
        : [],
    [product, moments],
  );
  const categories = useMemo(() => points.map((point) => dayEndedBy(point.at)), [points]);
  const series = useMemo(() => [{ name: 'On hand', values: points.map((point) => point.onHand) }], [points]);
  const where = locations.find((location) => location.id === locationId)?.code ?? 'all locations';

  return (
    <>
      <div className="filters">
        <SelectField
          label="Sampled"
          name="step"
          value={step}
          onValue={(value) => setStep(value === 'month' ? 'month' : 'week')}
          errors={NO_ERRORS}
          options={[
            { value: 'week', label: 'Weekly, last 12 weeks' },
            { value: 'month', label: 'Monthly, last 12 months' },
          ]}
        />
        <SelectField
          label="Location"
          name="historyLocation"
          value={locationId}
          onValue={setLocationId}
          errors={NO_ERRORS}
          options={locations.map((location) => ({ value: location.id, label: location.code }))}
          placeholder="All locations"
        />
      </div>
      {query.error && (
        <p role="alert" className="error">
          {query.error.message}
        </p>
      )}
      {points.length > 0 || !query.loading ? (
        <Chart
          title={`On hand at ${where}, at the end of each ${step} (UTC)`}
          kind="line"
          categories={categories}
          categoryLabel="End of day (UTC)"
          series={series}
          format={formatCount}
          empty="No history."
        />
      ) : (
        <p className="muted">Loading the history…</p>
      )}
    </>
  );
}
