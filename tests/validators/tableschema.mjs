// Checks a CSV file against a Table Schema (frictionlessdata.io) with frictionless' own JavaScript library,
// tableschema: the schema is validated first, then the header and every cell (types, formats, true/false values,
// constraints). Prints one line per problem and exits 1 when there is any. Usage: node tableschema.mjs SCHEMA CSV
import { readFileSync } from 'node:fs'
import { Schema, Table } from 'tableschema'

const [schemaFile, csvFile] = process.argv.slice(2)
const descriptor = JSON.parse(readFileSync(schemaFile, 'utf8'))
// Validata's checks (custom_checks) are not Table Schema: the library would refuse the unknown key.
delete descriptor.custom_checks
// Table Schema says a pattern matches the whole value (as frictionless-py does); tableschema-js only searches
// for it, so « foo|Jeunes » would pass a list pattern. Anchoring gives the specification's meaning.
for (const field of descriptor.fields ?? []) {
  if (field.constraints?.pattern) field.constraints.pattern = `^(?:${field.constraints.pattern})$`
}
const schema = await Schema.load(descriptor, { strict: false })
const problems = schema.errors.map(e => `schema: ${e.message}`)
if (problems.length === 0) {
  const table = await Table.load(csvFile, { schema: descriptor })
  const rows = await table.read({ forceCast: true, extended: true })
  const expected = schema.fieldNames
  const headers = table.headers
  if (JSON.stringify(headers) !== JSON.stringify(expected)) {
    problems.push(`header: ${headers.join(',')} is not ${expected.join(',')}`)
  }
  rows.forEach((row, index) => {
    if (row instanceof Error) {
      const errors = row.errors ?? [row]
      errors.forEach(e => problems.push(`row ${index + 2}: ${e.message}`))
    }
  })
  console.log(`${rows.length} rows`)
}
problems.forEach(p => console.log(p))
process.exit(problems.length > 0 ? 1 : 0)
