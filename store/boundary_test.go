package store

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// gormPrefix is the import path prefix of gorm and its drivers.
const gormPrefix = "gorm.io/"

// TestOnlyStoreImportsGorm keeps the store boundary: no Go file outside store/
// (its tests and build-tagged files included) imports gorm or a gorm driver.
// The rest of mentormail reads and writes through the store's named functions.
func TestOnlyStoreImportsGorm(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("the module root is not the store's parent: %v", err)
	}
	store := filepath.Join(root, "store")
	fset := token.NewFileSet()
	files := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path == store || (path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") ||
				name == "testdata" || name == "vendor")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		files++
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if strings.HasPrefix(p, gormPrefix) {
				rel, _ := filepath.Rel(root, path)
				t.Errorf("%s imports %s: only the store may (add a named store function instead)", rel, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 50 {
		t.Fatalf("read %d Go files outside store/: the walk missed the module", files)
	}
}

// TestStoreAPIHidesGorm: no exported function, method, type or field of the
// store names a gorm type, so no package can reach gorm through the store (as a
// DB() accessor once let it) without importing it.
func TestStoreAPIHidesGorm(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	names := func(f *ast.File) map[string]bool { // the names gorm packages have in f
		m := map[string]bool{}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if !strings.HasPrefix(p, gormPrefix) {
				continue
			}
			if imp.Name != nil {
				m[imp.Name.Name] = true
			} else {
				m[p[strings.LastIndex(p, "/")+1:]] = true
			}
		}
		return m
	}
	for _, pkg := range pkgs {
		for _, f := range pkg.Files {
			gormNames := names(f)
			if len(gormNames) == 0 {
				continue
			}
			leak := func(n ast.Node, what string) {
				ast.Inspect(n, func(n ast.Node) bool {
					if sel, ok := n.(*ast.SelectorExpr); ok {
						if id, ok := sel.X.(*ast.Ident); ok && gormNames[id.Name] {
							t.Errorf("%s: %s names %s.%s", fset.Position(sel.Pos()), what, id.Name, sel.Sel.Name)
						}
					}
					return true
				})
			}
			for _, decl := range f.Decls {
				switch d := decl.(type) {
				case *ast.FuncDecl:
					if d.Name.IsExported() && (d.Recv == nil || exportedRecv(d.Recv)) {
						leak(d.Type, "exported "+d.Name.Name)
					}
				case *ast.GenDecl:
					for _, spec := range d.Specs {
						switch s := spec.(type) {
						case *ast.TypeSpec:
							if s.Name.IsExported() {
								leakExported(s.Type, func(n ast.Node) { leak(n, "exported type "+s.Name.Name) })
							}
						case *ast.ValueSpec:
							for _, n := range s.Names {
								if n.IsExported() {
									leak(s, "exported "+n.Name)
								}
							}
						}
					}
				}
			}
		}
	}
}

// exportedRecv reports whether a method's receiver type is exported.
func exportedRecv(recv *ast.FieldList) bool {
	if recv == nil || len(recv.List) == 0 {
		return false
	}
	typ := recv.List[0].Type
	if star, ok := typ.(*ast.StarExpr); ok {
		typ = star.X
	}
	id, ok := typ.(*ast.Ident)
	return ok && id.IsExported()
}

// leakExported calls check on what an exported type shows: its exported fields
// for a struct (unexported fields stay inside), the whole type otherwise.
func leakExported(typ ast.Expr, check func(ast.Node)) {
	st, ok := typ.(*ast.StructType)
	if !ok {
		check(typ)
		return
	}
	for _, fld := range st.Fields.List {
		exported := len(fld.Names) == 0 // embedded
		for _, n := range fld.Names {
			exported = exported || n.IsExported()
		}
		if exported {
			check(fld.Type)
		}
	}
}
