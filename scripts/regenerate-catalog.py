#!/usr/bin/env python3
"""Regenerates every shipped table from Alibaba Cloud's API metadata, and their Rust.

    python3 scripts/regenerate-catalog.py CATALOG_DIR

CATALOG_DIR holds one folder per product, each with one folder per version holding an
`api-docs.json` (or the `api-docs.json` itself). For each product, the newest version (the
greatest version name) is imported with `aliyun-errors import --keep` onto the table already
shipped (so curated rows, order and retry classes survive):

- `ecs` into `spec/ecs-api.csv` (merged after `spec/ecs.csv` into `ecs::EcsError`);
- every other product into `spec/catalog/<product>.csv` (merged after `spec/common.csv`
  into `<module>::<Product>Error`).

Then each table's enum is written to `runtime/src/products/<module>.rs` with
`aliyun-errors generate`, and the product list in `runtime/Cargo.toml` (features) and
`runtime/src/lib.rs` (modules) is rewritten between its BEGIN/END markers. What changed in
each table is printed as `aliyun-errors diff` reports it.
"""
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "runtime"
PRODUCTS = RUNTIME / "src" / "products"
CATALOG = ROOT / "spec" / "catalog"


def cli():
    """The release `aliyun-errors` binary, built once."""
    out = subprocess.run(
        ["cargo", "build", "--release", "-q", "-p", "aliyun-errors-cli", "--message-format=json"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout
    for line in out.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message.get("executable"):
            if message["target"]["name"] == "aliyun-errors":
                return message["executable"]
    sys.exit("regenerate-catalog: cannot find the aliyun-errors binary")


def newest(product_dir):
    """The product's newest api-docs.json: the greatest version folder's."""
    direct = product_dir / "api-docs.json"
    if direct.is_file():
        return direct
    versions = sorted(p for p in product_dir.iterdir() if (p / "api-docs.json").is_file())
    return versions[-1] / "api-docs.json" if versions else None


def module_name(product):
    return product.replace("-", "_")


def enum_name(product):
    words = re.split(r"[^A-Za-z0-9]+", product)
    return "".join(w[:1].upper() + w[1:] for w in words if w) + "Error"


def products(catalog_dir):
    return sorted(
        (p.name, doc)
        for p in catalog_dir.iterdir()
        if p.is_dir() and (doc := newest(p)) is not None
    )


def import_table(binary, doc, table, classes_from):
    """Imports `doc` onto `table` (kept), the classes of `classes_from` winning; prints the
    diff of what changed."""
    old = None
    if table.exists():
        old = pathlib.Path(tempfile.mkstemp(suffix=".csv")[1])
        shutil.copyfile(table, old)
    args = [binary, "import", "--skip-invalid", str(doc), "--out", str(table),
            "--classes-from", str(classes_from)]
    if old is not None:
        args[2:2] = ["--keep", str(old)]
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{doc}:\n{result.stderr}")
    if old is not None:
        diff = subprocess.run([binary, "diff", str(old), str(table)], cwd=ROOT,
                              capture_output=True, text=True)
        if diff.returncode == 1:
            print(f"== {table.relative_to(ROOT)}\n{diff.stdout}")
        old.unlink()
    else:
        print(f"== {table.relative_to(ROOT)}: new")


def generate(binary, tables, name, doc_line, out):
    args = [binary, "generate", *map(str, tables), "--name", name, "--crate", "crate",
            "--doc", doc_line, "--out", str(out)]
    subprocess.run(args, cwd=ROOT, check=True)


def replace_between(path, begin, end, lines):
    text = path.read_text()
    start = text.index(begin) + len(begin)
    stop = text.index(end)
    path.write_text(text[:start] + "\n" + "".join(lines) + text[stop:])


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    catalog_dir = pathlib.Path(sys.argv[1]).resolve()
    binary = cli()
    CATALOG.mkdir(parents=True, exist_ok=True)
    PRODUCTS.mkdir(parents=True, exist_ok=True)
    listed = products(catalog_dir)
    for product, doc in listed:
        # The table merged first gives its codes' retry classes.
        if product == "ecs":
            import_table(binary, doc, ROOT / "spec" / "ecs-api.csv", ROOT / "spec" / "ecs.csv")
        else:
            import_table(binary, doc, CATALOG / f"{product}.csv", ROOT / "spec" / "common.csv")

    features, modules = [], []
    for product, doc in listed:
        module = module_name(product)
        version = doc.parent.name if doc.parent != catalog_dir / product else product
        if product == "ecs":
            tables = ["spec/ecs.csv", "spec/ecs-api.csv"]
            line = "The ECS API's errors: the return-results table, then the API metadata."
        else:
            tables = ["spec/common.csv", f"spec/catalog/{product}.csv"]
            line = f"The `{product}` API's errors ({version}), after the gateway-wide codes."
        generate(binary, tables, enum_name(product), line, PRODUCTS / f"{module}.rs")
        if product != "ecs":
            features.append(f'{product} = []\n')
        modules.append(
            f'/// `{enum_name(product)}`: the `{product}` API\'s errors (feature `{product}`).\n'
            f'#[cfg(feature = "{product}")]\n'
            f'#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.\n'
            f'#[path = "products/{module}.rs"]\n'
            f'pub mod {module};\n'
        )
    others = [p for p, _ in listed if p != "ecs"]
    features.append("all-products = [\"ecs\", " + ", ".join(f'"{p}"' for p in others) + "]\n")
    replace_between(RUNTIME / "Cargo.toml", "# BEGIN products", "# END products", features)
    replace_between(RUNTIME / "src" / "lib.rs", "// BEGIN products", "// END products", modules)
    print(f"{len(listed)} products")


if __name__ == "__main__":
    main()
