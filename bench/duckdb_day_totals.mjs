// DuckDB baseline for bench/run: per-day selenium of a diary by usda: id, the way a data
// person would do it: read_csv of the diary and of the food table, join on id, group by day.
//   node bench/duckdb_day_totals.mjs DIARY.csv FOODS.csv   -> prints date,selenium_ug per day
// Needs `npm install` in bench/ (bench/install-deps does it). DuckDB uses every core.
import { DuckDBInstance } from '@duckdb/node-api';

const [diary, foods] = process.argv.slice(2);
if (!diary || !foods) {
  console.error('usage: node duckdb_day_totals.mjs DIARY.csv FOODS.csv');
  process.exit(2);
}
const lit = (s) => `'${s.replaceAll("'", "''")}'`;
const sql = `
  SELECT d.date, sum(d.amount * f.selenium_ug_per_100g / 100) AS selenium_ug
  FROM read_csv(${lit(diary)}, header = true,
         columns = {'date': 'VARCHAR', 'food': 'VARCHAR', 'amount': 'DOUBLE', 'unit': 'VARCHAR'}) d
  JOIN read_csv(${lit(foods)}, header = true,
         columns = {'id': 'VARCHAR', 'selenium_ug_per_100g': 'DOUBLE'}) f
    ON f.id = substr(d.food, 6)
  GROUP BY d.date ORDER BY d.date`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql);
const out = reader.getRows().map(([date, ug]) => `${date},${ug}`);
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
