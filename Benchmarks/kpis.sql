-- The core KPIs of `siyu kpis`, written independently in SQL for DuckDB: the benchmark peer (Benchmarks/run) and
-- the cross-check (Tests/CrossCheck/duckdb_check.py). Placeholders in braces are filled in by the scripts:
-- {data} the data folder, {start}/{end} the period (local naive timestamps), {prev_start}, {window_start} (end − 90
-- days), {dead_start} (end − 14 days), {cohort_start} (start of the first of 12 monthly cohorts), {as_of},
-- {private} the private channels as a SQL list.
CREATE OR REPLACE TEMP TABLE contacts AS
SELECT contact_id,
       CAST(added_at AS TIMESTAMP) AS added_at,
       CAST(NULLIF(lost_at, '') AS TIMESTAMP) AS lost_at,
       COALESCE(NULLIF(channel, ''), '未知') AS channel,
       COALESCE(NULLIF(customer_id, ''), contact_id) AS customer_id
FROM read_csv('{data}/contacts.csv', header = true, all_varchar = true);

CREATE OR REPLACE TEMP TABLE orders AS
SELECT order_id, customer_id, CAST(paid_at AS TIMESTAMP) AS paid_at, CAST(amount AS DECIMAL(18, 2)) AS amount,
       channel, refunded IN ('1', 'true', '是') AS refunded
FROM read_csv('{data}/orders.csv', header = true, all_varchar = true);

CREATE OR REPLACE TEMP TABLE spend AS
SELECT CAST(date AS DATE) AS day, channel, CAST(cost AS DECIMAL(18, 2)) AS cost
FROM read_csv('{data}/spend.csv', header = true, all_varchar = true);

CREATE OR REPLACE TEMP TABLE groups AS
SELECT group_id, CAST(created_at AS TIMESTAMP) AS created_at
FROM read_csv('{data}/groups.csv', header = true, all_varchar = true);

CREATE OR REPLACE TEMP TABLE group_inbound AS
SELECT group_id, CAST("at" AS TIMESTAMP) AS sent_at
FROM read_csv('{data}/touches.csv', header = true, all_varchar = true)
WHERE kind = 'group_message' AND direction = 'in';

CREATE OR REPLACE TEMP TABLE result AS
WITH pool AS (
    SELECT count(*) FILTER (WHERE added_at < TIMESTAMP '{start}' AND (lost_at IS NULL OR lost_at >= TIMESTAMP '{start}')) AS s0,
           count(*) FILTER (WHERE added_at < TIMESTAMP '{end}' AND (lost_at IS NULL OR lost_at >= TIMESTAMP '{end}')) AS s1,
           count(*) FILTER (WHERE added_at >= TIMESTAMP '{start}' AND added_at < TIMESTAMP '{end}') AS new,
           count(*) FILTER (WHERE lost_at >= TIMESTAMP '{start}' AND lost_at < TIMESTAMP '{end}') AS lost
    FROM contacts),
period_orders AS (SELECT * FROM orders WHERE paid_at >= TIMESTAMP '{start}' AND paid_at < TIMESTAMP '{end}'),
commerce AS (
    SELECT sum(amount) AS gross,
           sum(amount) FILTER (WHERE NOT refunded) AS net,
           sum(amount) FILTER (WHERE NOT refunded AND channel IN {private}) AS private_net,
           count(DISTINCT customer_id) FILTER (WHERE NOT refunded) AS buyers,
           count(*) FILTER (WHERE NOT refunded) AS orders
    FROM period_orders),
repurchase AS (
    SELECT count(*) FILTER (WHERE n >= 2) * 1.0 / count(*) AS rate
    FROM (SELECT customer_id, count(*) AS n FROM orders
          WHERE NOT refunded AND paid_at >= TIMESTAMP '{window_start}' AND paid_at < TIMESTAMP '{end}'
          GROUP BY customer_id)),
paid AS (
    SELECT (SELECT sum(cost) FROM spend WHERE day >= DATE '{start}' AND day < DATE '{end}') AS cost,
           (SELECT count(*) FROM contacts WHERE added_at >= TIMESTAMP '{start}' AND added_at < TIMESTAMP '{end}'
                AND channel IN (SELECT DISTINCT channel FROM spend)) AS adds),
dead AS (
    SELECT count(*) AS dead_groups FROM groups g
    WHERE g.created_at <= TIMESTAMP '{dead_start}'
      AND NOT EXISTS (SELECT 1 FROM group_inbound m WHERE m.group_id = g.group_id
                      AND m.sent_at >= TIMESTAMP '{dead_start}' AND m.sent_at < TIMESTAMP '{end}'))
SELECT 'pool_total' AS kpi, CAST(s1 AS DOUBLE) AS value FROM pool
UNION ALL SELECT 'pool_new', new FROM pool
UNION ALL SELECT 'pool_lost', lost FROM pool
UNION ALL SELECT 'pool_net', new - lost FROM pool
UNION ALL SELECT 'loss_rate', lost * 1.0 / NULLIF(s0, 0) FROM pool
UNION ALL SELECT 'gmv_gross', gross FROM commerce
UNION ALL SELECT 'gmv_net', net FROM commerce
UNION ALL SELECT 'private_gmv_share', private_net / NULLIF(net, 0) FROM commerce
UNION ALL SELECT 'buyers', buyers FROM commerce
UNION ALL SELECT 'revenue_per_buyer', net / NULLIF(buyers, 0) FROM commerce
UNION ALL SELECT 'aov', net / NULLIF(orders, 0) FROM commerce
UNION ALL SELECT 'repurchase_rate', rate FROM repurchase
UNION ALL SELECT 'cost_per_add', cost / NULLIF(adds, 0) FROM paid
UNION ALL SELECT 'dead_groups', dead_groups FROM dead;

-- RFM as of the period end over 365 days: pandas-qcut quintiles (linear-interpolated edges, right-closed bins),
-- F ranked first so ties break by customer id; high = score ≥ 3; R high means recent.
CREATE OR REPLACE TEMP TABLE rfm AS
WITH base AS (
    SELECT customer_id,
           date_diff('second', max(paid_at), TIMESTAMP '{end}') / 86400.0 AS recency,
           count(*) AS frequency, sum(amount) AS monetary
    FROM orders
    WHERE NOT refunded AND paid_at >= TIMESTAMP '{end}' - INTERVAL 365 DAY AND paid_at < TIMESTAMP '{end}'
    GROUP BY customer_id),
ranked AS (SELECT *, -recency AS neg_recency,
                  row_number() OVER (ORDER BY frequency, customer_id) AS f_rank FROM base),
edges AS (
    SELECT quantile_cont(neg_recency, [0.2, 0.4, 0.6, 0.8]) AS r_edges,
           quantile_cont(f_rank, [0.2, 0.4, 0.6, 0.8]) AS f_edges,
           quantile_cont(monetary, [0.2, 0.4, 0.6, 0.8]) AS m_edges
    FROM ranked),
scored AS (
    SELECT customer_id,
           1 + (neg_recency > r_edges[1])::INT + (neg_recency > r_edges[2])::INT + (neg_recency > r_edges[3])::INT + (neg_recency > r_edges[4])::INT AS r,
           1 + (f_rank > f_edges[1])::INT + (f_rank > f_edges[2])::INT + (f_rank > f_edges[3])::INT + (f_rank > f_edges[4])::INT AS f,
           1 + (monetary > m_edges[1])::INT + (monetary > m_edges[2])::INT + (monetary > m_edges[3])::INT + (monetary > m_edges[4])::INT AS m
    FROM ranked, edges)
SELECT CASE (r >= 3)::INT * 4 + (f >= 3)::INT * 2 + (m >= 3)::INT
         WHEN 7 THEN '重要价值客户' WHEN 5 THEN '重要发展客户' WHEN 3 THEN '重要保持客户' WHEN 1 THEN '重要挽留客户'
         WHEN 6 THEN '一般价值客户' WHEN 4 THEN '一般发展客户' WHEN 2 THEN '一般保持客户' ELSE '一般挽留客户' END AS segment,
       count(*) AS customers
FROM scored GROUP BY segment;

-- Relationship retention of 12 monthly cohorts: share of each cohort still in the pool at the end of month c + k.
CREATE OR REPLACE TEMP TABLE retention AS
WITH months AS (SELECT generate_series AS k FROM generate_series(0, 11)),
cohort_members AS (
    SELECT date_diff('month', TIMESTAMP '{cohort_start}', date_trunc('month', added_at)) AS cohort, lost_at
    FROM contacts WHERE added_at >= TIMESTAMP '{cohort_start}' AND added_at < TIMESTAMP '{end}')
SELECT cohort, m.k AS k,
       count(*) FILTER (WHERE lost_at IS NULL OR lost_at >= TIMESTAMP '{cohort_start}' + to_months(CAST(cohort + m.k + 1 AS INTEGER))) * 1.0
           / count(*) AS share
FROM cohort_members, months m
WHERE cohort + m.k <= 11 AND TIMESTAMP '{cohort_start}' + to_months(CAST(cohort + m.k + 1 AS INTEGER)) <= TIMESTAMP '{as_of}'
GROUP BY cohort, m.k;
