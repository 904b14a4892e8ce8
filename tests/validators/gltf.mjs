// Validates a binary glTF (GLB) with the Khronos Group's own glTF-Validator and prints its report's issues as
// JSON ({ errors, warnings, messages }); exits 1 when the validator counts an error. Usage: node gltf.mjs FILE.glb
import { readFileSync } from 'node:fs'
import validator from 'gltf-validator'

try {
  const report = await validator.validateBytes(new Uint8Array(readFileSync(process.argv[2])), {
    maxIssues: 50,
    externalResourceFunction: () => Promise.reject(new Error('no external resources in a GLB')),
  })
  const issues = report.issues
  console.log(JSON.stringify({
    errors: issues.numErrors,
    warnings: issues.numWarnings,
    messages: issues.messages.map(m => `${m.code} ${m.pointer ?? ''} ${m.message}`),
  }))
  process.exit(issues.numErrors > 0 ? 1 : 0)
} catch (e) {
  console.log(`not glTF: ${e.message ?? e}`)
  process.exit(1)
}
