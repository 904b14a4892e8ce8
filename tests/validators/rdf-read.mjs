// Reads an RDF file into a dataset (Zazuko's environment), its parser chosen by extension. A JSON-LD document goes
// through jsonld.js, the reference implementation, in its safe mode (a term it would drop is an error): the
// streaming JSON-LD parser was seen to lose the @type of one nested blank node among many identical ones.
import { readFile } from 'node:fs/promises'
import { Readable } from 'node:stream'
import rdf from '@zazuko/env-node'
import jsonld from 'jsonld'

export default async function read(file) {
  if (!file.endsWith('.jsonld')) return rdf.dataset().import(rdf.fromFile(file))
  const quads = await jsonld.toRDF(JSON.parse(await readFile(file, 'utf8')), {
    format: 'application/n-quads',
    safe: true,
  })
  return rdf.dataset().import(rdf.formats.parsers.import('application/n-quads', Readable.from([quads])))
}
