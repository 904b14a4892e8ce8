// Reads a workbook's first sheet with two spreadsheet libraries others use, ExcelJS and SheetJS, and prints what
// each found as JSON ({"exceljs": rows, "sheetjs": rows}, each row an array of cell values). Usage: node xlsx-read.mjs FILE
import ExcelJS from 'exceljs'
import XLSX from 'xlsx'

const file = process.argv[2]
const workbook = new ExcelJS.Workbook()
await workbook.xlsx.readFile(file)
const exceljs = []
workbook.worksheets[0].eachRow({ includeEmpty: true }, row => {
  exceljs.push(row.values.slice(1).map(v => (v === undefined ? null : v)))
})
const book = XLSX.readFile(file)
const sheet = book.Sheets[book.SheetNames[0]]
const sheetjs = XLSX.utils.sheet_to_json(sheet, { header: 1, defval: null })
console.log(JSON.stringify({ exceljs, sheetjs }))
