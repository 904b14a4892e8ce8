// Validates RDF documents against SHACL shapes with rdf-validate-shacl (Zazuko), each file read by rdf-read.mjs
// (by its extension: .ttl, .rdf; .jsonld by jsonld.js). Usage: node shacl.mjs SHAPES... -- DATA...
// Prints one line per violation and "N violations" per file; exits 1 when any file has one.
import rdf from '@zazuko/env-node'
import SHACLValidator from 'rdf-validate-shacl'
import read from './rdf-read.mjs'

const args = process.argv.slice(2)
const split = args.indexOf('--')
if (split < 1 || split === args.length - 1) {
  console.error('usage: node shacl.mjs SHAPES... -- DATA...')
  process.exit(2)
}
const shapes = rdf.dataset()
for (const file of args.slice(0, split)) {
  shapes.addAll(await read(file))
}
const validator = new SHACLValidator(shapes, { factory: rdf })
let failed = false
for (const file of args.slice(split + 1)) {
  const data = await read(file)
  const report = await validator.validate(data)
  const violations = report.results.filter(r => r.severity?.value?.endsWith('#Violation'))
  for (const r of violations) {
    const message = r.message.map(m => m.value).join(' / ')
    console.log(`${file}: ${r.focusNode?.value} ${r.path?.value ?? ''}: ${message}`)
  }
  console.log(`${file}: ${data.size} triples, ${violations.length} violations`)
  failed ||= violations.length > 0
}
process.exit(failed ? 1 : 0)
