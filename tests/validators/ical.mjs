// Reads an iCalendar file (RFC 5545) with Mozilla's ical.js, the parser of Thunderbird's calendar, and prints
// what it understood of each event as JSON, for a test to compare with what it booked; exits 1 when the file
// does not parse. Usage: node ical.mjs FILE.ics
import { readFileSync } from 'node:fs'
import ICAL from 'ical.js'

try {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], 'utf8')))
  const events = calendar.getAllSubcomponents('vevent').map(v => {
    const event = new ICAL.Event(v)
    return {
      method: calendar.getFirstPropertyValue('method'),
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      status: v.getFirstPropertyValue('status'),
      sequence: event.sequence,
    }
  })
  console.log(JSON.stringify(events))
} catch (e) {
  console.log(`not iCalendar: ${e.message}`)
  process.exit(1)
}
