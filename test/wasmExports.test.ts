// The WebAssembly kernels take up to 12 positional numbers, and src/wasm/wasmKernels.ts calls them
// through the WasmExports interface (src/wasm/exports.ts). Nothing at run time would notice two
// swapped arguments, so this test reads both sides' source with the TypeScript parser and requires
// every exported function's parameter names, in order, to be the same in the AssemblyScript
// declaration and in WasmExports, no call in wasmKernels.ts to pass a variable named like another
// of the kernel's parameters, and the built modules to export exactly what load.ts requires.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { REQUIRED_EXPORTS } from '../src/wasm/exports.js';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const parse = (path: string) =>
  ts.createSourceFile(path, readFileSync(root(path), 'utf8'), ts.ScriptTarget.Latest, true);
const names = (parameters: ts.NodeArray<ts.ParameterDeclaration>) => parameters.map((p) => p.name.getText());

/** Every exported function of assembly/*.ts (AssemblyScript parses as TypeScript) → its parameter names. */
function assemblyFunctions(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of readdirSync(root('assembly')).filter((f) => f.endsWith('.ts'))) {
    parse(`assembly/${file}`).forEachChild((node) => {
      const exported =
        ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (ts.isFunctionDeclaration(node) && node.name && exported) found.set(node.name.text, names(node.parameters));
    });
  }
  return found;
}

/**
 * WasmExports' function members → parameter names: its own methods, and the kernels it types by
 * name through Record<names, Kernel type> (the names as the string literals found in the file).
 */
function declaredFunctions(): Map<string, string[]> {
  const file = parse('src/wasm/exports.ts');
  const aliases = new Map<string, string[]>();
  const declared = new Map<string, string[]>();
  let wasmExports: ts.InterfaceDeclaration | undefined;
  file.forEachChild((node) => {
    if (ts.isTypeAliasDeclaration(node) && ts.isFunctionTypeNode(node.type))
      aliases.set(node.name.text, names(node.type.parameters));
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'WasmExports') wasmExports = node;
  });
  for (const member of wasmExports!.members) {
    if (ts.isMethodSignature(member)) declared.set(member.name.getText(), names(member.parameters));
  }
  // Record<'a' | 'b', Kernel>: resolve the key names from the exported tables by evaluating them.
  for (const clause of wasmExports!.heritageClauses ?? []) {
    for (const type of clause.types) {
      const [keys, kernel] = type.typeArguments ?? [];
      const parameters = aliases.get(kernel!.getText());
      expect(parameters, `alias ${kernel!.getText()}`).toBeDefined();
      for (const key of keyNames(keys!.getText())) declared.set(key, parameters!);
    }
  }
  return declared;
}

// The key unions of the Record<…> clauses, spelled out: they are built from the Conversion type
// and the LUMINANCE_KERNELS tables, which the parser cannot evaluate.
function keyNames(text: string): string[] {
  const table: Record<string, string[]> = {
    'Conversion | `${Conversion16}16`': [
      ...['rgbToHsv', 'rgbToHsvFull', 'hsvToRgb', 'hsvToRgbFull', 'rgbToLab', 'labToRgb', 'rgbToYCrCb', 'yCrCbToRgb'],
      ...['rgbToYCrCb16', 'yCrCbToRgb16'],
    ],
    PlaneName: ['hsvPlane', 'labPlane', 'yCrCbPlane', 'yCrCbPlane16'],
    MergeName: ['hsvMerge', 'labMerge', 'yCrCbMerge', 'yCrCbMerge16'],
  };
  expect(table[text], `the key list of Record<${text}, …>`).toBeDefined();
  return table[text]!;
}

describe('WebAssembly exports', () => {
  const assembly = assemblyFunctions();
  const declared = declaredFunctions();

  test.each([...declared.keys()])('%s: the same parameters, in the same order, on both sides', (name) => {
    expect(assembly.get(name), `assembly/ exports no function ${name}`).toBeDefined();
    expect(declared.get(name)).toEqual(assembly.get(name));
  });

  test('calls in src/wasm/wasmKernels.ts pass no argument named like another parameter of the kernel (a swap)', () => {
    const swaps: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const kernel = node.expression.name.text;
        const parameters = declared.get(kernel);
        node.arguments.forEach((argument, position) => {
          if (!parameters || !ts.isIdentifier(argument)) return;
          const at = parameters.indexOf(argument.text);
          if (at >= 0 && at !== position) {
            swaps.push(`${kernel}: ${argument.text} passed as parameter ${position + 1} (${parameters[position]})`);
          }
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(parse('src/wasm/wasmKernels.ts'));
    expect(swaps).toEqual([]);
  });

  test('every function load.ts requires is declared, and the built modules export exactly those and memory', () => {
    const functions = REQUIRED_EXPORTS.filter((name) => name !== 'memory');
    expect([...declared.keys(), 'heapBase', 'simd'].filter((n, i, all) => all.indexOf(n) === i).sort()).toEqual(
      [...functions].sort(),
    );
    for (const file of ['fastclahe.wasm', 'fastclahe-simd.wasm']) {
      const module = new WebAssembly.Module(readFileSync(root(`build/${file}`)));
      const exported = WebAssembly.Module.exports(module);
      expect(exported.map((e) => e.name).sort(), file).toEqual([...REQUIRED_EXPORTS].sort());
      const instance = new WebAssembly.Instance(module, {}).exports as Record<string, { length: number }>;
      for (const [name, parameters] of declared)
        expect(instance[name]!.length, `${file} ${name}`).toBe(parameters.length);
    }
  });
});
