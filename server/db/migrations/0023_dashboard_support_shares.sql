-- Support value per kecamatan reached: each kecamatan's share is the rounded running total minus
-- the one before it, so the shares of an intervention add up to its value exactly (plain
-- rounding of each share lost or added a Rupiah or two: Rp 1,000,000 over three kecamatan was
-- counted as Rp 999,999 over all of them).
CREATE OR REPLACE VIEW dash_support_facts AS
SELECT x.src, 'support'::text AS kind, x.district_code, ''::text AS subsector, x.period, x.dim, ''::text AS dim2,
       x.n, (round(x.value * x.upto / x.reached) - round(x.value * (x.upto - x.n) / x.reached))::bigint AS v1,
       x.first_district AS v2, 1::bigint AS v3, 0::bigint AS v4, 0::bigint AS v5, 0::bigint AS v6
  FROM (SELECT si.id AS src, b.district_code, date_trunc('month', si.date)::date AS period, si.type AS dim,
               si.value_idr::numeric AS value,
               count(*)::bigint AS n,
               sum(count(*)) OVER (PARTITION BY si.id ORDER BY b.district_code) AS upto,
               sum(count(*)) OVER (PARTITION BY si.id) AS reached,
               (row_number() OVER (PARTITION BY si.id ORDER BY b.district_code) = 1)::int::bigint AS first_district
          FROM support_interventions si
          JOIN support_businesses sb ON sb.support_id = si.id
          JOIN businesses b ON b.id = sb.business_id AND b.deleted_at IS NULL AND b.merged_into_id IS NULL
         GROUP BY si.id, b.district_code, si.date, si.type, si.value_idr) x;--> statement-breakpoint
SELECT dash_refresh('support', ARRAY(SELECT id FROM support_interventions));
