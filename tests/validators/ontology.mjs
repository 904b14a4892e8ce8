// Checks RDF documents against an OWL ontology's own declarations: every class and property the document uses in
// the ontology's namespace is declared there, each property's subject belongs to its rdfs:domain and its value to
// its rdfs:range (classes through rdfs:subClassOf and owl:equivalentClass, unions included; literals by datatype or
// language), and a functional property has one value. Files are read by rdf-read.mjs (JSON-LD by jsonld.js). Usage:
//   node ontology.mjs ONTOLOGY.ttl [--alias FROM=TO]... -- DATA...
// --alias reads the IRIs that start with FROM in the data as starting with TO (a namespace that moved domain).
// Prints one line per violation and "N triples, M violations" per file; exits 1 when any file has one.
import rdf from '@zazuko/env-node'
import read from './rdf-read.mjs'

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#'
const OWL = 'http://www.w3.org/2002/07/owl#'
const XSD = 'http://www.w3.org/2001/XMLSchema#'

const args = process.argv.slice(2)
const split = args.indexOf('--')
if (split < 1 || split === args.length - 1) {
  console.error('usage: node ontology.mjs ONTOLOGY.ttl [--alias FROM=TO]... -- DATA...')
  process.exit(2)
}
const aliases = []
for (let i = 1; i < split; i += 2) {
  if (args[i] !== '--alias' || !args[i + 1]?.includes('=')) {
    console.error(`unknown option ${args[i]}`)
    process.exit(2)
  }
  const [from, to] = args[i + 1].split('=')
  aliases.push([from, to])
}
const mapped = iri => {
  for (const [from, to] of aliases) if (iri.startsWith(from)) return to + iri.slice(from.length)
  return iri
}

const ontology = await read(args[0])
const objects = (subject, predicate) =>
  [...ontology.match(subject, rdf.namedNode(predicate))].map(q => q.object)
const subjectsOfType = type =>
  new Set([...ontology.match(null, rdf.namedNode(RDF + 'type'), rdf.namedNode(type))]
    .filter(q => q.subject.termType === 'NamedNode').map(q => q.subject.value))

const ontologyIri = [...subjectsOfType(OWL + 'Ontology')][0]
if (!ontologyIri) {
  console.error(`${args[0]}: no owl:Ontology declared`)
  process.exit(2)
}
const namespace = ontologyIri.endsWith('#') || ontologyIri.endsWith('/') ? ontologyIri : ontologyIri + '#'
const classes = new Set([...subjectsOfType(OWL + 'Class'), ...subjectsOfType(RDFS + 'Class')])
const properties = new Set(['ObjectProperty', 'DatatypeProperty', 'AnnotationProperty']
  .flatMap(kind => [...subjectsOfType(OWL + kind)]))
const functional = subjectsOfType(OWL + 'FunctionalProperty')

// A class's named super-classes, itself included: rdfs:subClassOf upwards, owl:equivalentClass both ways.
const parents = new Map()
const link = (from, to) => {
  if (!parents.has(from)) parents.set(from, new Set())
  parents.get(from).add(to)
}
for (const q of ontology.match(null, rdf.namedNode(RDFS + 'subClassOf'))) {
  if (q.subject.termType === 'NamedNode' && q.object.termType === 'NamedNode') link(q.subject.value, q.object.value)
}
for (const q of ontology.match(null, rdf.namedNode(OWL + 'equivalentClass'))) {
  if (q.subject.termType === 'NamedNode' && q.object.termType === 'NamedNode') {
    link(q.subject.value, q.object.value)
    link(q.object.value, q.subject.value)
  }
}
const closure = iri => {
  const seen = new Set([iri])
  const todo = [iri]
  while (todo.length) for (const p of parents.get(todo.pop()) ?? []) if (!seen.has(p)) { seen.add(p); todo.push(p) }
  return seen
}

// A domain or range: a named class or datatype, or a blank owl:unionOf list of them.
const list = node => {
  const items = []
  while (node && node.value !== RDF + 'nil') {
    items.push(...objects(node, RDF + 'first'))
    node = objects(node, RDF + 'rest')[0]
  }
  return items
}
const members = node =>
  node.termType === 'NamedNode' ? [node.value] : objects(node, OWL + 'unionOf').flatMap(list).map(n => n.value)
const declared = (property, predicate) => objects(rdf.namedNode(property), predicate).flatMap(members)

const literalFits = (literal, range) => {
  if (range === RDF + 'langString') return literal.language !== ''
  if (range === RDFS + 'Literal') return true
  if (range === XSD + 'string') return literal.language === '' && literal.datatype.value === XSD + 'string'
  return literal.datatype.value === range
}

let failed = false
for (const file of args.slice(split + 1)) {
  const data = await read(file)
  const types = new Map()
  for (const q of data.match(null, rdf.namedNode(RDF + 'type'))) {
    if (!types.has(q.subject.value)) types.set(q.subject.value, new Set())
    for (const c of closure(mapped(q.object.value))) types.get(q.subject.value).add(c)
  }
  const violations = []
  const counts = new Map()
  for (const q of data) {
    const predicate = mapped(q.predicate.value)
    const subject = q.subject.value
    if (predicate === RDF + 'type') {
      const type = mapped(q.object.value)
      if (type.startsWith(namespace) && !classes.has(type)) violations.push(`${subject}: class ${type} is not declared`)
      continue
    }
    if (!predicate.startsWith(namespace)) continue
    if (!properties.has(predicate)) {
      violations.push(`${subject}: property ${predicate} is not declared`)
      continue
    }
    const key = `${subject} ${predicate}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
    const domain = declared(predicate, RDFS + 'domain')
    if (domain.length && !domain.some(c => types.get(subject)?.has(c))) {
      violations.push(`${subject}: ${predicate} needs a subject of ${domain.join(' or ')}`)
    }
    const range = declared(predicate, RDFS + 'range')
    if (!range.length) continue
    if (q.object.termType === 'Literal') {
      if (!range.some(r => literalFits(q.object, r))) {
        violations.push(`${subject}: ${predicate} needs ${range.join(' or ')}, not « ${q.object.value} »`)
      }
    } else if (!range.some(c => types.get(q.object.value)?.has(c))) {
      violations.push(`${subject}: ${predicate} needs a value of ${range.join(' or ')}`)
    }
  }
  for (const [key, count] of counts) {
    const [subject, predicate] = key.split(' ')
    if (count > 1 && functional.has(predicate)) violations.push(`${subject}: ${predicate} is functional, ${count} values`)
  }
  for (const v of violations) console.log(`${file}: ${v}`)
  console.log(`${file}: ${data.size} triples, ${violations.length} violations`)
  failed ||= violations.length > 0
}
process.exit(failed ? 1 : 0)
