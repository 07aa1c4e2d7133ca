"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.regexpCode = exports2.getEsmExportName = exports2.getProperty = exports2.safeStringify = exports2.stringify = exports2.strConcat = exports2.addCodeArg = exports2.str = exports2._ = exports2.nil = exports2._Code = exports2.Name = exports2.IDENTIFIER = exports2._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports2._CodeOrName = _CodeOrName;
    exports2.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports2.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports2.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports2._Code = _Code;
    exports2.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports2._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports2.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports2.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports2.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify3(x) {
      return new _Code(safeStringify(x));
    }
    exports2.stringify = stringify3;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports2.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports2.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports2.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports2.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports2.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports2.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ValueScope = exports2.ValueScopeName = exports2.Scope = exports2.varKinds = exports2.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports2.UsedValueState = UsedValueState = {}));
    exports2.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports2.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports2.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports2.varKinds.var : exports2.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports2.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.or = exports2.and = exports2.not = exports2.CodeGen = exports2.operators = exports2.varKinds = exports2.ValueScopeName = exports2.ValueScope = exports2.Scope = exports2.Name = exports2.regexpCode = exports2.stringify = exports2.getProperty = exports2.nil = exports2.strConcat = exports2.str = exports2._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports2, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports2, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports2, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports2, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports2, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports2, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports2, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports2.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants2) {
        this.code = optimizeExpr(this.code, names, constants2);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants2) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants2))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants2) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        if (!(super.optimizeNames(names, constants2) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants2) {
        var _a, _b;
        super.optimizeNames(names, constants2);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports2.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports2.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants2) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants2[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants2[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports2.not = not;
    var andCode = mappend(exports2.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports2.and = and;
    var orCode = mappend(exports2.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports2.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.checkStrictMode = exports2.getErrorPath = exports2.Type = exports2.useFunc = exports2.setEvaluated = exports2.evaluatedPropsToName = exports2.mergeEvaluated = exports2.eachItem = exports2.unescapeJsonPointer = exports2.escapeJsonPointer = exports2.escapeFragment = exports2.unescapeFragment = exports2.schemaRefOrVal = exports2.schemaHasRulesButRef = exports2.schemaHasRules = exports2.checkUnknownRules = exports2.alwaysValidSchema = exports2.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports2.toHash = toHash;
    function alwaysValidSchema(it, schema2) {
      if (typeof schema2 == "boolean")
        return schema2;
      if (Object.keys(schema2).length === 0)
        return true;
      checkUnknownRules(it, schema2);
      return !schemaHasRules(schema2, it.self.RULES.all);
    }
    exports2.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema2 = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema2 === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema2) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports2.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema2, rules) {
      if (typeof schema2 == "boolean")
        return !schema2;
      for (const key in schema2)
        if (rules[key])
          return true;
      return false;
    }
    exports2.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema2, RULES2) {
      if (typeof schema2 == "boolean")
        return !schema2;
      for (const key in schema2)
        if (key !== "$ref" && RULES2.all[key])
          return true;
      return false;
    }
    exports2.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema2, keyword, $data) {
      if (!$data) {
        if (typeof schema2 == "number" || typeof schema2 == "boolean")
          return schema2;
        if (typeof schema2 == "string")
          return (0, codegen_1._)`${schema2}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports2.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports2.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports2.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports2.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports2.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports2.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports2.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports2.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports2.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports2.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports2.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports2.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports2.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports2.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.extendErrors = exports2.resetErrorsCount = exports2.reportExtraError = exports2.reportError = exports2.keyword$DataError = exports2.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports2.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports2.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports2.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports2.reportError = reportError;
    function reportExtraError(cxt, error = exports2.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports2.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports2.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports2.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.boolOrEmptySchema = exports2.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema: schema2, validateName } = it;
      if (schema2 === false) {
        falseSchemaError(it, false);
      } else if (typeof schema2 == "object" && schema2.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports2.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema: schema2 } = it;
      if (schema2 === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports2.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getRules = exports2.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports2.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports2.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.shouldUseRule = exports2.shouldUseGroup = exports2.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema: schema2, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema2, group);
    }
    exports2.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema2, group) {
      return group.rules.some((rule) => shouldUseRule(schema2, rule));
    }
    exports2.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema2, rule) {
      var _a;
      return schema2[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema2[kwd] !== void 0));
    }
    exports2.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.reportTypeError = exports2.checkDataTypes = exports2.checkDataType = exports2.coerceAndCheckDataType = exports2.getJSONTypes = exports2.getSchemaTypes = exports2.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports2.DataType = DataType = {}));
    function getSchemaTypes(schema2) {
      const types = getJSONTypes(schema2.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema2.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema2.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema2.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports2.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports2.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports2.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports2.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports2.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema: schema2 }) => `must be ${schema2}`,
      params: ({ schema: schema2, schemaValue }) => typeof schema2 == "string" ? (0, codegen_1._)`{type: ${schema2}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports2.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema: schema2 } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema2, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema2.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema2,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports2.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateUnion = exports2.validateArray = exports2.usePattern = exports2.callValidateCode = exports2.schemaProperties = exports2.allSchemaProperties = exports2.noPropertyInData = exports2.propertyInData = exports2.isOwnProperty = exports2.hasPropFunc = exports2.reportMissingProp = exports2.checkMissingProp = exports2.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports2.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports2.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports2.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports2.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports2.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties2) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties2 ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports2.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties2) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties2 ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports2.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports2.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports2.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports2.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports2.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports2.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema: schema2, keyword, it } = cxt;
      if (!Array.isArray(schema2))
        throw new Error("ajv implementation error");
      const alwaysValid = schema2.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema2.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports2.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateKeywordUsage = exports2.validSchemaType = exports2.funcKeywordCode = exports2.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema: schema2, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema2, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports2.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema: schema2, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema2, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports2.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema2, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema2) : st === "object" ? schema2 && typeof schema2 == "object" && !Array.isArray(schema2) : typeof schema2 == st || allowUndefined && typeof schema2 == "undefined");
    }
    exports2.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema: schema2, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema2, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema2[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports2.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.extendSubschemaMode = exports2.extendSubschemaData = exports2.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema: schema2, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema2 !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema2 !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema: schema2,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports2.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports2.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports2.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports2, module2) {
    "use strict";
    var traverse = module2.exports = function(schema2, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema2, "", schema2);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema2, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema2 && typeof schema2 == "object" && !Array.isArray(schema2)) {
        pre(schema2, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema2) {
          var sch = schema2[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema2, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema2, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema2);
          }
        }
        post(schema2, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getSchemaRefs = exports2.resolveUrl = exports2.normalizeId = exports2._getFullPath = exports2.getFullPath = exports2.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema2, limit = true) {
      if (typeof schema2 == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema2);
      if (!limit)
        return false;
      return countKeys(schema2) <= limit;
    }
    exports2.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema2) {
      for (const key in schema2) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema2[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema2) {
      let count = 0;
      for (const key in schema2) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema2[key] == "object") {
          (0, util_1.eachItem)(schema2[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports2.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports2._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports2.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports2.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema2, baseId) {
      if (typeof schema2 == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema2[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema2, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports2.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getData = exports2.KeywordCxt = exports2.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports2.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema: schema2, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema2, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema2, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema: schema2, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema2.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema2, opts) {
      const schId = typeof schema2 == "object" && schema2[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema: schema2, self }) {
      if (typeof schema2 == "boolean")
        return !schema2;
      for (const key in schema2)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema: schema2, gen, opts } = it;
      if (opts.$comment && schema2.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema: schema2, errSchemaPath, opts, self } = it;
      if (schema2.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema2, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema: schema2, opts } = it;
      if (schema2.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema: schema2, errSchemaPath, opts }) {
      const msg = schema2.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema: schema2, data, allErrors, opts, self } = it;
      const { RULES: RULES2 } = self;
      if (schema2.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema2, RULES2))) {
        gen.block(() => keywordCode(it, "$ref", RULES2.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES2.rules)
          groupKeywords(group);
        groupKeywords(RULES2.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema2, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema: schema2, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema2, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports2.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports2.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports2.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports2.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveSchema = exports2.getCompilingSchema = exports2.resolveRef = exports2.compileSchema = exports2.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema2;
        if (typeof env.schema == "object")
          schema2 = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema2 === null || schema2 === void 0 ? void 0 : schema2[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema2 === null || schema2 === void 0 ? void 0 : schema2.$async;
        this.refs = {};
      }
    };
    exports2.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties: ownProperties2 } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties: ownProperties2 });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports2.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve3.call(this, root, ref);
      if (_sch === void 0) {
        const schema2 = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema2)
          _sch = new SchemaEnv({ schema: schema2, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports2.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports2.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve3(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema: schema2 } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema2[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema: schema2, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports2.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema: schema2, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema2 === "boolean")
          return;
        const partSchema = schema2[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema2 = partSchema;
        const schId = typeof schema2 === "object" && schema2[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema2 != "boolean" && schema2.$ref && !(0, util_1.schemaHasRulesButRef)(schema2, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema2.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema: schema2, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports2, module2) {
    module2.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports2, module2) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module2.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports2, module2) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module2.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports2, module2) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve3(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative = parse2(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve3,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module2.exports = fastUri;
    module2.exports.default = fastUri;
    module2.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports2.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CodeGen = exports2.Name = exports2.nil = exports2.stringify = exports2.str = exports2._ = exports2.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports2, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports2, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv3 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema2, _meta) {
        const sch = this._addSchema(schema2, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema2, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema2, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema2, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema2)) {
          for (const sch of schema2)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema2 === "object") {
          const { schemaId } = this.opts;
          id = schema2[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema2, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema2, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema2, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema2, throwOrLogError) {
        if (typeof schema2 == "boolean")
          return true;
        let $schema;
        $schema = schema2.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema2);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES2 } = this;
        delete RULES2.keywords[keyword];
        delete RULES2.all[keyword];
        for (const group of RULES2.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text2, msg) => text2 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema2 = keywords[key];
            if ($data && schema2)
              keywords[key] = schemaOrData(schema2);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas2, regex) {
        for (const keyRef in schemas2) {
          const sch = schemas2[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas2[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas2[keyRef];
            }
          }
        }
      }
      _addSchema(schema2, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema2 == "object") {
          id = schema2[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema2 != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema2);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema2, baseId);
        sch = new compile_1.SchemaEnv({ schema: schema2, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema2, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv3.ValidationError = validation_error_1.default;
    Ajv3.MissingRefError = ref_error_1.default;
    exports2.default = Ajv3;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES: RULES2 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES2.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES: RULES2 } = this;
      let ruleGroup = post ? RULES2.post : RULES2.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES2.rules.push(ruleGroup);
      }
      RULES2.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES2.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema2) {
      return { anyOf: [schema2, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.callRef = exports2.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports2.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports2.callRef = callRef;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports2.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema: schema2, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema2);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema: schema2, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema2.length === 0)
          return;
        const useLoop = schema2.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema2) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema2) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema2, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema: schema2, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema2)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema: schema2 } = cxt;
        if ($data || schema2 && typeof schema2 == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema2} !== ${data}`);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema: schema2, schemaCode, it } = cxt;
        if (!$data && schema2.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema2.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema2))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema2.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema2[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports2.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema: schema2, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema2 === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema2 == "object" && !(0, util_1.alwaysValidSchema)(it, schema2)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports2.validateAdditionalItems = validateAdditionalItems;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema: schema2, it } = cxt;
        if (Array.isArray(schema2))
          return validateTuple(cxt, "additionalItems", schema2);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema2))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports2.validateTuple = validateTuple;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema: schema2, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema2))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema2, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema2)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateSchemaDeps = exports2.validatePropertyDeps = exports2.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports2.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports2.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema: schema2 }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema2) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema2[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema2[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports2.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports2.validateSchemaDeps = validateSchemaDeps;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema: schema2, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema2))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema2, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema2))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema2 === false) {
            deleteAdditional(key);
            return;
          }
          if (schema2 === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema2 == "object" && !(0, util_1.alwaysValidSchema)(it, schema2)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema: schema2, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema2);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema2[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema2[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema: schema2, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema2);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema2[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema: schema2, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema2)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema2, parentSchema, it } = cxt;
        if (!Array.isArray(schema2))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema2;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema: schema2, it } = cxt;
        if (!Array.isArray(schema2))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema2.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema2 = it.schema[keyword];
      return schema2 !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema2);
    }
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports2.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema: schema2, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema2];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema2}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema2)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema2, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports2.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.contentVocabulary = exports2.metadataVocabulary = void 0;
    exports2.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports2.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports2.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports2.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema: schema2, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema2.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema2.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports2, module2) {
    module2.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports2, module2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.MissingRefError = exports2.ValidationError = exports2.CodeGen = exports2.Name = exports2.nil = exports2.stringify = exports2.str = exports2._ = exports2.KeywordCxt = exports2.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv3 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports2.Ajv = Ajv3;
    module2.exports = exports2 = Ajv3;
    module2.exports.Ajv = Ajv3;
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.default = Ajv3;
    var validate_1 = require_validate();
    Object.defineProperty(exports2, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports2, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports2, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports2, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// policypack/index.ts
var import_policy2 = require("@pulumi/policy");

// policypack/lifecycle.ts
var import_node_fs = require("node:fs");
function exitWhenEngineLeaves() {
  let fromParent = false;
  try {
    const stdin = (0, import_node_fs.fstatSync)(0);
    fromParent = stdin.isFIFO() || stdin.isSocket();
  } catch {
  }
  if (!fromParent) return;
  process.stdin.on("end", () => process.exit(0));
  process.stdin.on("error", () => process.exit(0));
  process.stdin.resume();
}

// policypack/policies.ts
var policySdk = __toESM(require("@pulumi/policy"));

// src/engine/field.ts
var UNKNOWN = /* @__PURE__ */ Symbol.for("podguard.unknown");
function formatPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out;
}
var splitPaths = /* @__PURE__ */ new Map();
function parsePath(rel) {
  let segs = splitPaths.get(rel);
  if (!segs) splitPaths.set(rel, segs = rel === "" ? [] : rel.split("."));
  return segs;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "\u2026" : value)}`;
  return `${typeof value} ${String(value)}`;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var Field = class _Field {
  constructor(path, value, observer) {
    this.path = path;
    this.value = value;
    this.observer = observer;
  }
  path;
  value;
  observer;
  /** Absent covers both a missing key and an explicit null: Go's decoder treats them alike. */
  get isSet() {
    return this.value !== void 0 && this.value !== null;
  }
  get isUnknown() {
    return this.value === UNKNOWN;
  }
  child(rel) {
    const segs = typeof rel === "string" ? parsePath(rel) : rel;
    let value = this.value;
    const path = [...this.path];
    for (const seg of segs) {
      if (value === UNKNOWN) {
      } else if (typeof seg === "number") {
        value = Array.isArray(value) ? value[seg] : this.mistyped(path, value, "list");
      } else {
        if (isObject(value)) value = Object.hasOwn(value, seg) ? value[seg] : void 0;
        else value = this.mistyped(path, value, "object");
      }
      path.push(seg);
    }
    return new _Field(path, value, this.observer);
  }
  bool() {
    return typeof this.value === "boolean" ? this.value : this.mistyped(this.path, this.value, "boolean");
  }
  int() {
    return Number.isInteger(this.value) ? this.value : this.mistyped(this.path, this.value, "integer");
  }
  str() {
    return typeof this.value === "string" ? this.value : this.mistyped(this.path, this.value, "string");
  }
  /** The entries of a list of objects (containers, volumes, ports), each as a Field. */
  list() {
    if (!Array.isArray(this.value)) {
      this.mistyped(this.path, this.value, "list");
      return [];
    }
    return this.value.map((_, i) => this.child([i]));
  }
  /** The string entries of a list (capabilities); other entries are reported as mistyped. */
  items() {
    return this.list().map((f) => f.str()).filter((s) => s !== void 0);
  }
  /** True when the value is an object; any other set value is reported as mistyped. */
  isObject() {
    if (isObject(this.value)) return true;
    this.mistyped(this.path, this.value, "object");
    return false;
  }
  /** The keys of an object (annotations, volume sources). */
  keys() {
    if (!isObject(this.value)) {
      this.mistyped(this.path, this.value, "object");
      return [];
    }
    return Object.keys(this.value);
  }
  set(value) {
    return { op: "set", path: this.path, value };
  }
  append(value) {
    return { op: "append", path: this.path, value };
  }
  removeItem(value) {
    return { op: "removeItem", path: this.path, value };
  }
  remove() {
    return { op: "remove", path: this.path };
  }
  mistyped(path, value, expected) {
    if (value === UNKNOWN) this.observer.unknown([...path]);
    else if (value !== void 0 && value !== null) this.observer.mistyped([...path], expected, value);
    return void 0;
  }
};

// node_modules/yaml/dist/directives-DqP9ea45.js
var Scalar = class {
  static BLOCK_FOLDED = "BLOCK_FOLDED";
  static BLOCK_LITERAL = "BLOCK_LITERAL";
  static PLAIN = "PLAIN";
  static QUOTE_DOUBLE = "QUOTE_DOUBLE";
  static QUOTE_SINGLE = "QUOTE_SINGLE";
  value;
  constructor(value) {
    this.value = value;
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range) copy.range = [...this.range];
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(_doc, ctx) {
    if (ctx && this.anchor) ctx.anchors.set(this, {
      aliasCount: 0,
      count: 1,
      res: this.value
    });
    return this.value;
  }
  toString() {
    return String(this.value);
  }
};
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0) return text2;
  if (lineWidth < minContentWidth) minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text2.length <= endStep) return text2;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth)) folds.push(0);
    else end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === "block") {
    i = consumeMoreIndentedLines(text2, i, indent.length);
    if (i !== -1) end = i + endStep;
  }
  for (let ch; ch = text2[i += 1]; ) {
    if (mode === "quoted" && ch === "\\") {
      escStart = i;
      switch (text2[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === "block") i = consumeMoreIndentedLines(text2, i, indent.length);
      end = i + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text2[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	") split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === "quoted") {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text2[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j]) return text2;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else overflow = true;
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow) onOverflow();
  if (folds.length === 0) return text2;
  if (onFold) onFold();
  let res = text2.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text2.length;
    if (fold === 0) res = `
${indent}${text2.slice(0, end2)}`;
    else {
      if (mode === "quoted" && escapedFolds[fold]) res += `${text2[fold]}\\`;
      res += `
${indent}${text2.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text2, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text2[start];
  while (ch === " " || ch === "	") if (i < start + indent) ch = text2[++i];
  else {
    do
      ch = text2[++i];
    while (ch && ch !== "\n");
    end = i;
    start = i + 1;
    ch = text2[start];
  }
  return end;
}
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0) return false;
  const limit = lineWidth - indentLength;
  const strLen = str.length;
  if (strLen <= limit) return false;
  for (let i = 0, start = 0; i < strLen; ++i) if (str[i] === "\n") {
    if (i - start > limit) return true;
    start = i + 1;
    if (strLen - start <= limit) return false;
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON) return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\") switch (json[i + 1]) {
      case "u":
        {
          str += json.slice(start, i);
          const code = json.substr(i + 2, 4);
          switch (code) {
            case "0000":
              str += "\\0";
              break;
            case "0007":
              str += "\\a";
              break;
            case "000b":
              str += "\\v";
              break;
            case "001b":
              str += "\\e";
              break;
            case "0085":
              str += "\\N";
              break;
            case "00a0":
              str += "\\_";
              break;
            case "2028":
              str += "\\L";
              break;
            case "2029":
              str += "\\P";
              break;
            default:
              if (code.substr(0, 2) === "00") str += "\\x" + code.substr(2);
              else str += json.substr(i, 6);
          }
          i += 5;
          start = i + 1;
        }
        break;
      case "n":
        if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) i += 1;
        else {
          str += json.slice(start, i) + "\n\n";
          while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
            str += "\n";
            i += 2;
          }
          str += indent;
          if (json[i + 2] === " ") str += "\\";
          i += 1;
          start = i + 1;
        }
        break;
      default:
        i += 1;
    }
  }
  str = start ? str + json.slice(start) : json;
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value)) return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false) qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle) qs = singleQuotedString;
    else if (hasSingle && !hasDouble) qs = doubleQuotedString;
    else qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) return quotedString(value, ctx);
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value) return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ") break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) chomp = "-";
  else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep) onChompKeep();
  } else chomp = "";
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n") end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ") startWithSpace = true;
    else if (ch === "\n") startNlPos = startEnd;
    else break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment) onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) foldOptions.onOverflow = () => {
      literalFallback = true;
    };
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback) return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) return quotedString(value, ctx);
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) return blockString(item, ctx, onComment, onChompKeep);
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) return quotedString(value, ctx);
  }
  const str = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.(str);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test)) return quotedString(value, ctx);
  }
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value)) type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null) throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root, { Value(_key, node) {
    if (node.anchor) anchors.add(node.anchor);
  } });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; ; ++i) {
    const name = `${prefix}${i}`;
    if (!exclude.has(name)) return name;
  }
}
var defaultTagPrefix = "tag:yaml.org,2002:";
var NodeCreator = class {
  keepUndefined;
  replacer;
  schema;
  #anchorPrefix;
  #aliasObjects = [];
  #doc;
  #flow;
  #onTagObj;
  #prevAnchors = null;
  #sourceObjects = /* @__PURE__ */ new Map();
  constructor(docOrSchema, options = {}, replacer) {
    this.keepUndefined = options.keepUndefined ?? false;
    this.replacer = replacer;
    this.#flow = options.flow ?? false;
    this.#onTagObj = options.onTagObj;
    this.#anchorPrefix = options.anchorPrefix || "a";
    if (docOrSchema instanceof Document) {
      if (options.aliasDuplicateObjects ?? true) this.#doc = docOrSchema;
      this.schema = docOrSchema.schema;
    } else this.schema = docOrSchema;
  }
  create(value, tagName) {
    if (value instanceof Document) value = value.value;
    if (isNode(value)) return value;
    if (value instanceof Pair) return this.schema.map.createNode(this, null).set(value);
    if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) value = value.valueOf();
    let ref = void 0;
    if (this.#doc && value && typeof value === "object") {
      ref = this.#sourceObjects.get(value);
      if (ref) {
        if (!ref.anchor) {
          this.#aliasObjects.push(value);
          this.#prevAnchors ??= anchorNames(this.#doc);
          ref.anchor = findNewAnchor(this.#anchorPrefix, this.#prevAnchors);
          this.#prevAnchors.add(ref.anchor);
        }
        return new Alias(ref.anchor);
      } else {
        ref = {
          anchor: null,
          node: null
        };
        this.#sourceObjects.set(value, ref);
      }
    }
    let tagObj;
    if (tagName) {
      if (tagName.startsWith("!!")) tagName = defaultTagPrefix + tagName.slice(2);
      const match = this.schema.tags.filter((t) => t.tag === tagName);
      tagObj = match.find((t) => !t.format) ?? match[0];
      if (!tagObj) throw new Error(`Tag ${tagName} not found`);
    } else tagObj = this.schema.tags.find((t) => t.identify?.(value) && !t.format);
    if (!tagObj) {
      if (value && typeof value.toJSON === "function") value = value.toJSON();
      if (!value || typeof value !== "object") {
        const node2 = new Scalar(value);
        if (ref) ref.node = node2;
        return node2;
      }
      tagObj = value instanceof Map ? this.schema.map : Symbol.iterator in Object(value) ? this.schema.seq : this.schema.map;
    }
    if (this.#onTagObj) {
      this.#onTagObj(tagObj);
      this.#onTagObj = void 0;
    }
    const node = tagObj?.createNode?.(this, value) ?? new Scalar(value);
    if (tagName) node.tag = tagName;
    else if (!tagObj.default) node.tag = tagObj.tag;
    if (ref) ref.node = node;
    if (this.#flow && isCollection(node)) node.flow = true;
    return node;
  }
  createPair(key, value) {
    return new Pair(this.create(key), value == null ? null : this.create(value));
  }
  /**
  * With circular references, the source node is only resolved after all
  * of its child nodes are. This is why anchors are set only after all of
  * the nodes have been created.
  */
  setAnchors() {
    for (const source of this.#aliasObjects) {
      const ref = this.#sourceObjects.get(source);
      if (typeof ref === "object" && ref.anchor && (ref.node instanceof Scalar || isCollection(ref.node))) ref.node.anchor = ref.anchor;
      else throw Object.assign(/* @__PURE__ */ new Error("Failed to resolve repeated object (this should not happen)"), { source });
    }
  }
};
var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment)) return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    if (typeof process !== "undefined" && typeof process.emitWarning === "function") process.emitWarning(warning);
    else console.warn(warning);
  }
}
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: (str) => str === MERGE_KEY,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), { addToJSMap: addMergeToJSMap }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (doc, key) => (merge.identify(key) || key instanceof Scalar && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && Boolean(doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default));
function addMergeToJSMap(doc, ctx, map2, value, isPlainObject2) {
  const source = getMergeSource(doc, ctx, value);
  if (Array.isArray(source)) for (const it of source) mergeValue(doc, ctx, map2, it, isPlainObject2);
  else mergeValue(doc, ctx, map2, value, isPlainObject2);
}
function mergeValue(doc, ctx, map2, value, isPlainObject2) {
  const srcMap = getMergeSource(doc, ctx, value).toJS(doc, ctx, Map);
  if (!(srcMap instanceof Map)) throw new Error("Merge sources must be maps or map aliases");
  for (const [key, value2] of srcMap) if (map2 instanceof Map) {
    if (!map2.has(key)) map2.set(key, value2);
  } else if (map2 instanceof Set) map2.add(key);
  else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
    if (!isPlainObject2 || key === "__proto__" || key === "constructor") Object.defineProperty(map2, key, {
      value: value2,
      writable: true,
      enumerable: true,
      configurable: true
    });
    else map2[key] = value2;
  }
  return map2;
}
function getMergeSource(doc, ctx, value) {
  if (!(value instanceof Alias)) return value;
  const source = value.resolve(doc, ctx);
  if (!source) {
    const msg = `Unresolved alias (the anchor must be set before the alias): ${value.source}`;
    throw new ReferenceError(msg);
  }
  ctx.resolveAlias(doc, source);
  return source;
}
var defaultStringifyOptions = {
  blockQuote: true,
  commentString: stringifyComment,
  defaultKeyType: null,
  defaultStringType: "PLAIN",
  directives: null,
  doubleQuotedAsJSON: false,
  doubleQuotedMinMultiLineLength: 40,
  falseStr: "false",
  flowCollectionPadding: true,
  indentSeq: true,
  lineWidth: 80,
  minContentWidth: 20,
  nullStr: "null",
  simpleKeys: false,
  singleQuote: null,
  sortMapEntries: false,
  trailingComma: false,
  trueStr: "true",
  verifyAliasOrder: true
};
var resolvedCache = /* @__PURE__ */ new WeakMap();
function getResolvedOptions(schema2) {
  const key = schema2.toStringOptions ?? defaultStringifyOptions;
  let resolved = resolvedCache.get(key);
  if (!resolved) {
    resolved = schema2.toStringOptions ? {
      ...defaultStringifyOptions,
      ...schema2.toStringOptions
    } : defaultStringifyOptions;
    resolvedCache.set(key, resolved);
  }
  return resolved;
}
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
function createStringifyContext(doc, options) {
  const resolved = getResolvedOptions(doc.schema);
  const opt = options ? {
    ...resolved,
    ...options
  } : resolved;
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  const sortMapEntries = typeof opt.sortMapEntries === "function" ? opt.sortMapEntries : opt.sortMapEntries === true ? sortMapEntriesByKey : null;
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt,
    sortMapEntries
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0) return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj;
  let obj;
  if (item instanceof Scalar) {
    obj = item.value;
    let match = tags.filter((t) => t.identify?.(obj));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0) match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj = item;
    tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives) return "";
  const props = [];
  const anchor = node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag) props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(node, ctx, onComment, onChompKeep) {
  if (node instanceof Pair) return node.toString(ctx, onComment, onChompKeep);
  if (node instanceof Alias) {
    if (ctx.doc.directives) return node.toString(ctx);
    if (ctx.resolvedAliases?.has(node)) throw new TypeError("Cannot stringify circular structure without alias nodes");
    if (ctx.resolvedAliases) ctx.resolvedAliases.add(node);
    else ctx.resolvedAliases = /* @__PURE__ */ new Set([node]);
    node = node.resolve(ctx.doc) ?? null;
  }
  let tagObj = void 0;
  node ??= ctx.doc.createNode(null, { onTagObj: (o) => tagObj = o });
  tagObj ??= getTagObject(ctx.doc.schema.tags, node);
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0) ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : node instanceof Scalar ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props) return str;
  return node instanceof Scalar || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
}
function addPairToJSMap(doc, ctx, map2, { key, value }, isPlainObject2) {
  if ("addToJSMap" in key) key.addToJSMap?.(doc, ctx, map2, value, isPlainObject2);
  else if (isMergeKey(doc, key)) addMergeToJSMap(doc, ctx, map2, value, isPlainObject2);
  else {
    const jsKey = key.toJS(doc, ctx);
    if (map2 instanceof Map) map2.set(jsKey, value ? value.toJS(doc, ctx) : value);
    else if (map2 instanceof Set) map2.add(jsKey);
    else {
      const stringKey = stringifyKey(doc, ctx, key, jsKey);
      const jsValue = value ? value.toJS(doc, ctx) : value;
      if (!isPlainObject2 && stringKey in map2 || stringKey === "__proto__" || stringKey === "constructor") Object.defineProperty(map2, stringKey, {
        value: jsValue,
        writable: true,
        enumerable: true,
        configurable: true
      });
      else map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(doc, ctx, key, jsKey) {
  if (jsKey === null) return "";
  if (typeof jsKey !== "object") return String(jsKey);
  const strCtx = createStringifyContext(doc, void 0);
  for (const node of ctx.anchors.keys()) strCtx.anchors.add(node.anchor);
  strCtx.inFlow = true;
  strCtx.inStringifyKey = true;
  const strKey = key.toString(strCtx);
  if (!ctx.mapKeyWarned) {
    let jsonStr = JSON.stringify(strKey);
    if (jsonStr.length > 40) jsonStr = jsonStr.substring(0, 36) + '..."';
    const msg = `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use a Map instead.`;
    warn(doc.options.logLevel, msg);
    ctx.mapKeyWarned = true;
  }
  return strKey;
}
function cloneMapOrSet(coll, schema2) {
  schema2 ??= coll.schema;
  const copy = new coll.constructor(schema2);
  for (const [key, value] of coll.values) copy.values.set(key, value.clone(schema2));
  if (coll.range) copy.range = [...coll.range];
  const propDesc = Object.getOwnPropertyDescriptors(coll);
  for (const [name, prop] of Object.entries(propDesc)) if (!(name in copy)) Object.defineProperty(copy, name, prop);
  return copy;
}
var YAMLMap = class {
  static tagName = "tag:yaml.org,2002:map";
  values = /* @__PURE__ */ new Map();
  /**
  * A generic collection factory method that can be used
  * by other node classes that inherit from YAMLMap
  */
  static create(nc, obj) {
    const { replacer } = nc;
    const map2 = new this(nc.schema);
    if (obj && typeof obj === "object") {
      const iter = obj instanceof Map ? obj : Object.entries(obj);
      for (let [key, value] of iter) {
        if (replacer) {
          if (typeof replacer === "function") value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key)) continue;
        }
        if (value !== void 0 || nc.keepUndefined) {
          const mk = nc.schema.mapKey(key);
          const pair = nc.createPair(key, value);
          map2.values.set(mk, pair);
        }
      }
    }
    return map2;
  }
  constructor(schema2, elements) {
    Object.defineProperty(this, "schema", {
      value: schema2,
      configurable: true,
      enumerable: false,
      writable: true
    });
    this.values = new Map(elements?.map((pair) => [this.schema.mapKey(pair), pair]));
  }
  get size() {
    return this.values.size;
  }
  /**
  * Create a copy of this map.
  *
  * @param schema - If defined, overwrites the original's schema
  */
  clone(schema2) {
    return cloneMapOrSet(this, schema2);
  }
  /**
  * Remove a value from the mapping.
  * @returns `true` if the item was found and removed.
  */
  delete(key) {
    let mk = this.schema.mapKey(key);
    if (this.values.delete(mk)) return true;
    mk = key instanceof Pair ? key.key : isNode(key) ? key : null;
    if (mk) {
      for (const [k, p] of this.values) if (p.key === mk) return this.values.delete(k);
    }
    return false;
  }
  /** Return value at `key`, or `undefined` if not found.  */
  get(key) {
    return this.getPair(key)?.value;
  }
  /** Return pair at `key`, or `undefined` if not found.  */
  getPair(key) {
    let mk = this.schema.mapKey(key);
    const pair = this.values.get(mk);
    if (pair) return pair;
    mk = key instanceof Pair ? key.key : isNode(key) ? key : null;
    if (mk) {
      for (const p of this.values.values()) if (p.key === mk) return p;
    }
  }
  /** Check if the mapping includes a value with the key `key`.  */
  has(key) {
    let mk = this.schema.mapKey(key);
    if (this.values.has(mk)) return true;
    mk = key instanceof Pair ? key.key : isNode(key) ? key : null;
    if (mk) {
      for (const p of this.values.values()) if (p.key === mk) return true;
    }
    return false;
  }
  /**
  * Return the internal Map key matching `key`, or `undefined` if not found.
  *
  * @param allowMissing - If `true`, a key is always returned,
  *                       even if the key is not in the map.
  */
  keyOf(key, allowMissing = false) {
    let mk = this.schema.mapKey(key);
    if (allowMissing || this.values.has(mk)) return mk;
    mk = key instanceof Pair ? key.key : isNode(key) ? key : null;
    if (mk) {
      for (const [k, v] of this.values) if (v.key === mk) return k;
    }
  }
  pairs() {
    return this.values.values();
  }
  set(keyOrPair, value, options) {
    const mk = this.schema.mapKey(keyOrPair);
    let pair;
    if (keyOrPair instanceof Pair) pair = keyOrPair;
    else if (isNode(keyOrPair) && (value == null || isNode(value))) pair = new Pair(keyOrPair, value ?? null);
    else pair = new NodeCreator(this.schema, options).createPair(keyOrPair, value);
    if (pair.value instanceof Scalar) {
      const prev = this.values.get(mk);
      if (prev) {
        if (!prev.value) {
          prev.value = pair.value;
          return this;
        }
        if (prev.value instanceof Scalar) {
          Object.assign(prev.value, pair.value);
          return this;
        }
      }
    }
    this.values.set(mk, pair);
    return this;
  }
  toJS(doc, ctx, Type) {
    ctx ??= new ToJSContext();
    let map2;
    let isPlainObject2 = false;
    if (Type) map2 = new Type();
    else if (ctx.mapAsMap) map2 = /* @__PURE__ */ new Map();
    else {
      map2 = {};
      isPlainObject2 = true;
    }
    if (this.anchor) ctx.setAnchor(this, map2);
    for (const pair of this.values.values()) addPairToJSMap(doc, ctx, map2, pair, isPlainObject2);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx) return JSON.stringify(this);
    let pairs2 = this.values.values();
    if (ctx.sortMapEntries) pairs2 = Array.from(pairs2).sort(ctx.sortMapEntries);
    return ctx.inFlow ?? this.flow ? this.#stringifyFlowMap(ctx, pairs2) : this.#stringifyBlockMap(ctx, pairs2, onComment, onChompKeep);
  }
  #stringifyBlockMap(ctx, pairs2, onComment, onChompKeep) {
    const { indent, options: { commentString } } = ctx;
    let chompKeep = false;
    const lines = [];
    for (const pair of pairs2) {
      let comment = null;
      if (!chompKeep && pair.key.spaceBefore) lines.push("");
      let cb = pair.key.commentBefore;
      if (cb && chompKeep) cb = cb.replace(/^\n+/, "");
      if (cb) {
        const ic = indentComment(commentString(cb), indent).trimStart();
        lines.push(ic);
      }
      chompKeep = false;
      let str2 = stringifyPair(pair, ctx, () => comment = null, () => chompKeep = true);
      if (comment) str2 += lineComment(str2, indent, commentString(comment));
      if (chompKeep && comment) chompKeep = false;
      lines.push(str2);
    }
    let str;
    if (lines.length === 0) str = "{}";
    else {
      str = lines[0];
      for (let i = 1; i < lines.length; ++i) {
        const line = lines[i];
        str += line ? `
${indent}${line}` : "\n";
      }
    }
    if (this.comment) {
      str += "\n" + indentComment(commentString(this.comment), indent);
      onComment?.();
    } else if (chompKeep) onChompKeep?.();
    return str;
  }
  #stringifyFlowMap(ctx, pairs2) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString, lineWidth, trailingComma } } = ctx;
    const itemIndent = indent + indentStep;
    const itemCtx = {
      ...ctx,
      indent: itemIndent,
      inFlow: true
    };
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    let itemsLeft = this.values.size;
    for (const pair of pairs2) {
      itemsLeft -= 1;
      let comment = null;
      const ik = pair.key;
      if (ik.spaceBefore) {
        lines.push("");
        reqNewline = true;
      }
      if (ik.commentBefore) {
        const ic = indentComment(commentString(ik.commentBefore), indent);
        lines.push(ic.trimStart());
        reqNewline = true;
      }
      if (ik.comment) reqNewline = true;
      const iv = pair.value;
      if (iv) {
        if (iv.comment) comment = iv.comment;
        if (iv.commentBefore) reqNewline = true;
      } else if (ik?.comment) comment = ik.comment;
      if (comment) reqNewline = true;
      let str = stringifyPair(pair, itemCtx, () => comment = null);
      reqNewline ||= lines.length > linesAtValue || str.includes("\n");
      if (itemsLeft > 0) str += ",";
      else if (trailingComma) {
        if (!reqNewline && lineWidth > 0) reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > lineWidth;
        if (reqNewline) str += ",";
      }
      if (comment) str += lineComment(str, itemIndent, commentString(comment));
      lines.push(str);
      linesAtValue = lines.length;
    }
    if (lines.length === 0) return "{}";
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str = "{";
      for (const line of lines) str += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str}
${indent}}`;
    }
    return `{${fcPadding}${lines.join(" ")}${fcPadding}}`;
  }
};
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var YAMLSeq = class extends Array {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  /**
  * A generic collection factory method that can be extended
  * to other node classes that inherit from YAMLSeq
  */
  static create(nc, obj) {
    const seq2 = new this(nc.schema);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof nc.replacer === "function") {
          const key = obj instanceof Set ? it : String(i++);
          it = nc.replacer.call(obj, key, it);
        }
        seq2.push(nc.create(it));
      }
    }
    return seq2;
  }
  constructor(schema2, elements = []) {
    super(...nodeValues(schema2, elements));
    Object.defineProperty(this, "schema", {
      value: schema2,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  get size() {
    return this.length;
  }
  /**
  * Create a copy of this collection.
  *
  * @param schema - If defined, overwrites the original's schema
  */
  clone(schema2) {
    const copy = this.constructor.from(this, (it) => it.clone(schema2));
    if (this.range) copy.range = [...this.range];
    const propDesc = Object.getOwnPropertyDescriptors(this);
    for (const [name, prop] of Object.entries(propDesc)) if (!(name in copy)) Object.defineProperty(copy, name, prop);
    if (schema2) copy.schema = schema2;
    return copy;
  }
  /**
  * Change all elements within a range of indices in this sequence to a static value.
  *
  * Non-node values are converted to Node values.
  */
  fill(value, start, end) {
    return super.fill(nodeValue(this.schema, value), start, end);
  }
  /** @private */
  _push(item) {
    super.push(item);
  }
  /**
  * Append new elements to this sequence, and return its new length.
  *
  * Non-node values are converted to Node values.
  */
  push(...values) {
    return super.push(...nodeValues(this.schema, values));
  }
  /**
  * Set a value in this sequence.
  *
  * Non-node values are converted to Node values.
  */
  set(idx, value, options) {
    if (!Number.isInteger(idx)) throw new TypeError(`Expected an integer, not ${JSON.stringify(idx)}.`);
    const prev = this.at(idx);
    if (prev instanceof Scalar && isScalarValue(value)) prev.value = value;
    else {
      if (idx < 0) {
        if (idx < -this.length) throw new RangeError(`Invalid index ${idx}`);
        idx += this.length;
      }
      this[idx] = nodeValue(this.schema, value, options);
    }
  }
  /**
  * Changes the contents of this sequence by removing or replacing existing elements
  * and/or adding new elements in place.
  *
  * Non-node values are converted to Node values.
  */
  splice(start, deleteCount, ...values) {
    const nv = nodeValues(this.schema, values);
    return arguments.length < 2 ? super.splice(start) : super.splice(start, Number(deleteCount), ...nv);
  }
  /**
  * Prepend new elements to this sequence, and return its new length.
  *
  * Non-node values are converted to Node values.
  */
  unshift(...values) {
    return super.unshift(...nodeValues(this.schema, values));
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, ctx) {
    ctx ??= new ToJSContext();
    if (this.anchor) {
      const res = [];
      if (this.anchor) ctx.setAnchor(this, res);
      for (const item of this) res.push(item.toJS(doc, ctx));
      return res;
    }
    return Array.from(this, (item) => item.toJS(doc, ctx));
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx) return JSON.stringify(this);
    return ctx.inFlow ?? this.flow ? this.#stringifyFlowSeq(ctx) : this.#stringifyBlockSeq(ctx, onComment, onChompKeep);
  }
  #stringifyBlockSeq(ctx, onComment, onChompKeep) {
    const { indent, options: { commentString } } = ctx;
    const itemIndent = indent + "  ";
    const itemCtx = {
      ...ctx,
      indent: itemIndent
    };
    let chompKeep = false;
    const lines = [];
    for (let i = 0; i < this.length; ++i) {
      const item = this[i];
      let comment = null;
      if (item instanceof Pair) {
        if (!chompKeep && item.key.spaceBefore) lines.push("");
        addCommentBefore(ctx, lines, item.key.commentBefore, chompKeep);
      } else if (item) {
        if (!chompKeep && item.spaceBefore) lines.push("");
        addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
        if (item.comment) comment = item.comment;
      }
      chompKeep = false;
      let str2 = stringify(item, itemCtx, () => comment = null, () => chompKeep = true);
      if (comment) str2 += lineComment(str2, itemIndent, commentString(comment));
      if (chompKeep && comment) chompKeep = false;
      lines.push(`- ${str2}`);
    }
    let str;
    if (lines.length === 0) str = "[]";
    else {
      str = lines[0];
      for (let i = 1; i < lines.length; ++i) {
        const line = lines[i];
        str += line ? `
${indent}${line}` : "\n";
      }
    }
    if (this.comment) {
      str += "\n" + indentComment(commentString(this.comment), indent);
      onComment?.();
    } else if (chompKeep) onChompKeep?.();
    return str;
  }
  #stringifyFlowSeq(ctx) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    const itemIndent = indent + "  " + indentStep;
    const itemCtx = {
      ...ctx,
      indent: itemIndent,
      inFlow: true
    };
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < this.length; ++i) {
      const item = this[i];
      let comment = null;
      if (item instanceof Pair) {
        const ik = item.key;
        if (ik.spaceBefore) lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment) reqNewline = true;
        const iv = item.value;
        if (iv) {
          if (iv.comment) comment = iv.comment;
          if (iv.commentBefore) reqNewline = true;
        } else if (ik?.comment) comment = ik.comment;
      } else if (item) {
        if (item.spaceBefore) lines.push("");
        addCommentBefore(ctx, lines, item.commentBefore, false);
        if (item.comment) comment = item.comment;
      }
      if (comment) reqNewline = true;
      let str = stringify(item, itemCtx, () => comment = null);
      reqNewline ||= lines.length > linesAtValue || str.includes("\n");
      if (i < this.length - 1) str += ",";
      else if (ctx.options.trailingComma) {
        if (ctx.options.lineWidth > 0) reqNewline ||= lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth;
        if (reqNewline) str += ",";
      }
      if (comment) str += lineComment(str, itemIndent, commentString(comment));
      lines.push(str);
      linesAtValue = lines.length;
    }
    if (lines.length === 0) return "[]";
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str = "[";
      for (const line of lines) str += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str}
${indent}]`;
    }
    return `[${fcPadding}${lines.join(" ")}${fcPadding}]`;
  }
};
function nodeValue(schema2, value, options) {
  if (isNode(value) || value instanceof Pair) return value;
  return new NodeCreator(schema2, options).create(value);
}
function nodeValues(schema2, values) {
  let nc;
  return values.map((value) => {
    if (isNode(value) || value instanceof Pair) return value;
    nc ??= new NodeCreator(schema2);
    return nc.create(value);
  });
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep) comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}
var YAMLSet = class {
  static tagName = "tag:yaml.org,2002:set";
  /** A fully qualified tag */
  tag = "tag:yaml.org,2002:set";
  values = /* @__PURE__ */ new Map();
  constructor(schema2) {
    Object.defineProperty(this, "schema", {
      value: schema2,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  get size() {
    return this.values.size;
  }
  add(value, options) {
    if (this.has(value)) return this;
    const mk = this.schema.mapKey(value);
    const node = isNode(value) ? value : new NodeCreator(this.schema, options).create(value);
    this.values.set(mk, node);
    return this;
  }
  /**
  * Create a copy of this set.
  *
  * @param schema - If defined, overwrites the original's schema
  */
  clone(schema2) {
    return cloneMapOrSet(this, schema2);
  }
  /**
  * Remove `value` from the set.
  * @returns `true` if the item was found and removed.
  */
  delete(value) {
    const mk = this.schema.mapKey(value);
    if (this.values.delete(mk)) return true;
    if (isNode(value)) {
      for (const [k, v] of this.values) if (v === value) return this.values.delete(k);
    }
    return false;
  }
  /** Return the node matching `value`, if the set includes it.  */
  get(value) {
    const mk = this.schema.mapKey(value);
    const node = this.values.get(mk);
    if (node) return node;
    if (isNode(value)) {
      for (const v of this.values.values()) if (v === value) return v;
    }
  }
  /** Check if the set includes `value`.  */
  has(value) {
    const mk = this.schema.mapKey(value);
    if (this.values.has(mk)) return true;
    if (isNode(value)) {
      for (const v of this.values.values()) if (v === value) return true;
    }
    return false;
  }
  /**
  * Return the internal Map key matching `value`, or `undefined` if not found.
  *
  * @param allowMissing - If `true`, a key is always returned,
  *                       even if the value is not in the set.
  */
  keyOf(value, allowMissing = false) {
    const mk = this.schema.mapKey(value);
    if (allowMissing || this.values.has(mk)) return mk;
    if (isNode(value)) {
      for (const [k, v] of this.values) if (v === value) return k;
    }
  }
  /** A plain JavaScript representation of this set. */
  toJS(doc, ctx) {
    ctx ??= new ToJSContext();
    const set2 = /* @__PURE__ */ new Set();
    if (this.anchor) ctx.setAnchor(this, set2);
    for (const item of this.values.values()) set2.add(item.toJS(doc, ctx));
    return set2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx) return JSON.stringify(this);
    let items = this.values.values();
    if (ctx.sortMapEntries) items = Array.from(items, (item) => new Pair(item)).sort(ctx.sortMapEntries).map((pair) => pair.key);
    if (ctx.inFlow ?? this.flow) return this.#stringifyFlowSet(ctx, items);
    else return this.#stringifyBlockSet(ctx, items, onComment, onChompKeep);
  }
  #stringifyBlockSet(ctx, items, onComment, onChompKeep) {
    const { indent, indentStep, options: { commentString } } = ctx;
    const itemCtx = {
      ...ctx,
      implicitKey: false,
      indent: indent + indentStep
    };
    let chompKeep = false;
    let res = null;
    for (const item of items) {
      if (!chompKeep && item.spaceBefore) {
        if (typeof res === "string") res += "\n";
        else res = "";
      }
      let cb = item.commentBefore;
      if (cb && chompKeep) cb = cb.replace(/^\n+/, "");
      if (cb) {
        const ic = indentComment(commentString(cb), indent).trimStart();
        if (typeof res === "string") res += `
${indent}${ic}`;
        else res = ic;
      }
      chompKeep = false;
      let comment = item.comment;
      let str = stringify(item, itemCtx, () => comment = null, () => chompKeep = true);
      str = str ? `? ${str}` : "?";
      if (comment) {
        str += lineComment(str, itemCtx.indent, commentString(comment));
        chompKeep = false;
      }
      if (typeof res === "string") res += `
${indent}${str}`;
      else res = str;
    }
    if (this.comment) {
      const cs = commentString(this.comment);
      if (typeof res === "string") res += "\n" + indentComment(cs, indent);
      else res = "{}" + lineComment("", indent, cs);
      onComment?.();
    } else if (chompKeep) onChompKeep?.();
    return res ?? "{}";
  }
  #stringifyFlowSet(ctx, items) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString, lineWidth, trailingComma } } = ctx;
    const itemCtx = {
      ...ctx,
      indent: indent + indentStep + indentStep,
      inFlow: true
    };
    let reqNewline = false;
    const lines = [];
    let itemsLeft = this.values.size;
    let singleLineWidth = 2 * fcPadding.length;
    for (const item of items) {
      itemsLeft -= 1;
      if (item.spaceBefore) {
        lines.push("");
        reqNewline = true;
      }
      if (item.commentBefore) {
        const ic = indentComment(commentString(item.commentBefore), indent);
        lines.push(ic.trimStart());
        reqNewline = true;
      }
      let comment = item.comment;
      if (comment) reqNewline = true;
      itemCtx.implicitKey = !isCollection(item);
      let str2 = stringify(item, itemCtx, () => comment = null) || "?";
      if (isCollection(item)) str2 = `? ${str2}`;
      reqNewline ||= str2.includes("\n");
      if (!reqNewline && lineWidth > 0) {
        singleLineWidth += str2.length + 2;
        if (singleLineWidth > lineWidth) reqNewline = true;
      }
      if (itemsLeft > 0 || trailingComma && reqNewline) str2 += ",";
      if (comment) str2 += lineComment(str2, indent + indentStep, commentString(comment));
      lines.push(str2);
    }
    if (lines.length === 0) return "{}";
    if (!reqNewline) return `{${fcPadding}${lines.join(" ")}${fcPadding}}`;
    let str = "{";
    for (const line of lines) str += line ? `
${indentStep}${indent}${line}` : "\n";
    return `${str}
${indent}}`;
  }
};
var isCollection = (node) => node instanceof YAMLMap || node instanceof YAMLSeq || node instanceof YAMLSet;
var isNode = (node) => node instanceof Scalar || node instanceof Alias || node instanceof YAMLMap || node instanceof YAMLSeq || node instanceof YAMLSet;
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  if (simpleKeys) {
    if (key.comment) throw new Error("With simple keys, key nodes cannot have comments");
    if (isCollection(key)) throw new Error("With simple keys, collection cannot be used as a key value");
  }
  let explicitKey = !simpleKeys && (!(key instanceof Scalar) || key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL);
  ctx = {
    ...ctx,
    implicitKey: !explicitKey,
    indent: indent + indentStep
  };
  let keyComment = key.comment;
  let keyCommentDone = false;
  let chompKeep = false;
  let str = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str.length > 1024) {
    if (simpleKeys) throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (value == null) {
      if (keyCommentDone && onComment) onComment();
      return str === "" ? "?" : explicitKey ? `? ${str}` : `${str}:`;
    }
  } else if (value == null && explicitKey) {
    str = `? ${str}`;
    if (keyComment && !keyCommentDone) str += lineComment(str, ctx.indent, commentString(keyComment));
    else if (chompKeep && onChompKeep) onChompKeep();
    return str;
  }
  if (keyCommentDone) keyComment = null;
  if (explicitKey) {
    if (keyComment) str += lineComment(str, ctx.indent, commentString(keyComment));
    str = `? ${str}
${indent}:`;
  } else {
    str = `${str}:`;
    if (keyComment) str += lineComment(str, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (value) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && value instanceof Scalar) ctx.indentAtStart = str.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && value instanceof YAMLSeq && !value.flow && !value.tag && !value.anchor) ctx.indent = ctx.indent.substring(2);
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment) ws = "\n\n";
    } else ws += `
${ctx.indent}`;
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.size === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") sp0 = valueStr.indexOf(" ", sp0 + 1);
        if (sp0 === -1 || nl0 < sp0) hasPropsLine = true;
      }
      if (!hasPropsLine) ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") ws = "";
  str += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment) onComment();
  } else if (valueComment && !valueCommentDone) str += lineComment(str, ctx.indent, commentString(valueComment));
  else if (chompKeep && onChompKeep) onChompKeep();
  return str;
}
var Pair = class Pair2 {
  key;
  value;
  constructor(key, value = null) {
    this.key = key;
    this.value = value;
  }
  clone(schema2) {
    const key = this.key.clone(schema2);
    const value = this.value?.clone(schema2) ?? null;
    return new Pair2(key, value);
  }
  toJS(doc, ctx) {
    return addPairToJSMap(doc, ctx, ctx.mapAsMap ? /* @__PURE__ */ new Map() : {}, this, true);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};
var ToJSContext = class {
  anchors = /* @__PURE__ */ new Map();
  /** Cached anchor and alias nodes in the order they occur in the document */
  aliasResolveCache;
  mapAsMap;
  mapKeyWarned = false;
  maxAliasCount;
  constructor(opt) {
    this.mapAsMap = opt?.mapAsMap === true;
    this.maxAliasCount = opt?.maxAliasCount ?? 100;
  }
  setAnchor(node, res) {
    const anchor = this.anchors.get(node);
    if (anchor) anchor.res = res;
    else this.anchors.set(node, {
      aliasCount: 0,
      count: 1,
      res
    });
  }
  resolveAlias(doc, source) {
    let data = this.anchors.get(source);
    if (!data) {
      source.toJS(doc, this);
      data = this.anchors.get(source);
    }
    if (data?.res === void 0) throw new ReferenceError("This should not happen: Alias anchor was not resolved?");
    if (this.maxAliasCount >= 0) {
      data.count += 1;
      data.aliasCount ||= this.#getAliasCount(doc, source);
      if (data.count * data.aliasCount > this.maxAliasCount) throw new ReferenceError("Excessive alias count indicates a resource exhaustion attack");
    }
    return data.res;
  }
  #getAliasCount(doc, node) {
    if (node instanceof Alias) {
      const source = node.resolve(doc, this);
      const anchor = source && this.anchors.get(source);
      return anchor ? anchor.count * anchor.aliasCount : 0;
    } else if (node instanceof Pair) {
      const kc = this.#getAliasCount(doc, node.key);
      const vc = this.#getAliasCount(doc, node.value);
      return Math.max(kc, vc);
    } else if (Array.isArray(node)) {
      let count = 0;
      for (const item of node) {
        const c = this.#getAliasCount(doc, item);
        if (c > count) count = c;
      }
      return count;
    }
    return 1;
  }
};
var Alias = class Alias2 {
  source;
  constructor(source) {
    this.source = source;
    Object.defineProperty(this, "tag", { set() {
      throw new Error("Alias nodes cannot have tags");
    } });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range) copy.range = [...this.range];
    return copy;
  }
  /**
  * Resolve the value of this alias within `doc`, finding the last
  * instance of the `source` anchor before this node.
  */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0) throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) nodes = ctx.aliasResolveCache;
    else {
      nodes = [];
      visit(doc, { Node: (_key, node) => {
        if (node instanceof Alias2 || node.anchor) nodes.push(node);
      } });
      if (ctx) ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this) break;
      if (node.anchor === this.source) found = node;
    }
    return found;
  }
  /** A plain JavaScript representation of the resolved value of this alias. */
  toJS(doc, ctx) {
    if (!doc?.schema) throw new TypeError("A document argument is required");
    ctx ??= new ToJSContext();
    const source = this.resolve(doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.resolveAlias(doc, source);
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey) return `${src} `;
    }
    return src;
  }
};
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  createNode(nc, obj) {
    return YAMLMap.create(nc, obj);
  },
  resolve(map2, onError) {
    if (!(map2 instanceof YAMLMap)) onError("Expected a mapping for this tag");
    return map2;
  }
};
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  createNode(nc, obj) {
    return YAMLSeq.create(nc, obj);
  },
  resolve(seq2, onError) {
    if (!(seq2 instanceof YAMLSeq)) onError("Expected a sequence for this tag");
    return seq2;
  }
};
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str) => str,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};
var nullValues = /* @__PURE__ */ new Set([
  "",
  "~",
  "null",
  "Null",
  "NULL"
]);
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: (value) => nullValues.has(value),
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test(source) ? source : ctx.options.nullStr
};
var boolValues = /* @__PURE__ */ new Set([
  "true",
  "True",
  "TRUE",
  "false",
  "False",
  "FALSE"
]);
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: (value) => boolValues.has(value),
  resolve: (str) => new Scalar(str[0] === "t" || str[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test(source)) {
      if (value === (source[0] === "t" || source[0] === "T")) return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};
function stringifyNumber({ format, minFractionDigits, source, tag, value }, version = "1.2") {
  if (typeof value === "bigint") return String(value);
  const num = typeof value === "number" ? value : Number(value);
  if (!isFinite(num)) {
    if (typeof value === "number" && source) {
      const source_ = version === "1.1" ? source.replace(/_/g, "") : source;
      if (parseFloat(source_) === num) return source;
    }
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  }
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0) n += "0";
  }
  return n;
}
var floatNaNValues = /* @__PURE__ */ new Set([
  ".nan",
  ".NaN",
  ".NAN",
  ".inf",
  ".Inf",
  ".INF",
  "+.inf",
  "+.Inf",
  "+.INF",
  "-.inf",
  "-.Inf",
  "-.INF"
]);
function couldBeFloat(value) {
  const c = value.charCodeAt(0);
  return c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46;
}
var floatExpRe = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var floatRe = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
var floatNaN$1 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: (value) => floatNaNValues.has(value),
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: (node) => stringifyNumber(node)
};
var floatExp$1 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: (value) => couldBeFloat(value) && floatExpRe.test(value),
  resolve: (str) => parseFloat(str),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float$1 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: (value) => couldBeFloat(value) && floatRe.test(value),
  resolve(str) {
    const node = new Scalar(parseFloat(str));
    const dot = str.indexOf(".");
    if (dot !== -1 && str[str.length - 1] === "0") node.minFractionDigits = str.length - dot - 1;
    return node;
  },
  stringify: (node) => stringifyNumber(node)
};
var intIdentify$2 = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve$1 = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
function intStringify$1(node, radix, prefix) {
  const { value } = node;
  if (intIdentify$2(value) && value >= 0) return prefix + value.toString(radix);
  return stringifyNumber(node);
}
function isOctInt(value) {
  if (value.length < 3 || value[0] !== "0" || value[1] !== "o") return false;
  for (let i = 2; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 55) return false;
  }
  return true;
}
function isInt(value) {
  let i = 0;
  if (value.length === 0) return false;
  if (value.charCodeAt(0) === 43 || value.charCodeAt(0) === 45) i = 1;
  if (i === value.length) return false;
  for (; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
function isHexInt(value) {
  if (value.length < 3 || value[0] !== "0" || value[1] !== "x") return false;
  for (let i = 2; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!(c >= 48 && c <= 57) && !(c >= 65 && c <= 70) && !(c >= 97 && c <= 102)) return false;
  }
  return true;
}
var intOct$1 = {
  identify: (value) => intIdentify$2(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: isOctInt,
  resolve: (str, _onError, opt) => intResolve$1(str, 2, 8, opt),
  stringify: (node) => intStringify$1(node, 8, "0o")
};
var int$1 = {
  identify: intIdentify$2,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: isInt,
  resolve: (str, _onError, opt) => intResolve$1(str, 0, 10, opt),
  stringify: (node) => stringifyNumber(node)
};
var intHex$1 = {
  identify: (value) => intIdentify$2(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: isHexInt,
  resolve: (str, _onError, opt) => intResolve$1(str, 2, 16, opt),
  stringify: (node) => intStringify$1(node, 16, "0x")
};
var schema$2 = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct$1,
  int$1,
  intHex$1,
  floatNaN$1,
  floatExp$1,
  float$1
];
function intIdentify$1(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str) => str,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: (str) => str === "null",
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: (str) => str === "true" || str === "false",
    resolve: (str) => str === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify$1,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: (str) => /^-?(?:0|[1-9][0-9]*)$/.test(str),
    resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
    stringify: ({ value }) => intIdentify$1(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: (str) => /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/.test(str),
    resolve: (str) => parseFloat(str),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: () => true,
  resolve(str, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
    return str;
  }
};
var schema$1 = [
  map,
  seq,
  ...jsonScalars,
  jsonError
];
var binary = {
  identify: (value) => value instanceof Uint8Array,
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
  * Returns a Buffer in Node.js and an Uint8Array elsewhere
  *
  * To use the resulting buffer as an image, you'll want to do something like:
  *
  *   const blob = new Blob([buffer], { type: 'image/jpeg' })
  *   document.querySelector('#photo').src = URL.createObjectURL(blob)
  */
  resolve(src, onError) {
    if (typeof Buffer === "function") return Buffer.from(src, "base64");
    else if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(src);
    else if (typeof atob === "function") {
      const str = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str.length);
      for (let i = 0; i < str.length; ++i) buffer[i] = str.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    if (!value) return "";
    const buf = value;
    let str;
    if (typeof buf.toBase64 === "function") str = buf.toBase64();
    else if (typeof Buffer === "function") str = buf instanceof Buffer ? buf.toString("base64") : Buffer.from(buf.buffer).toString("base64");
    else if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i) s += String.fromCharCode(buf[i]);
      str = btoa(s);
    } else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    type ??= Scalar.BLOCK_LITERAL;
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) lines[i] = str.substr(o, lineWidth);
      str = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({
      comment,
      type,
      value: str
    }, ctx, onComment, onChompKeep);
  }
};
function resolvePairs(seq2, onError) {
  if (seq2 instanceof YAMLSeq) for (let i = 0; i < seq2.length; ++i) {
    const item = seq2[i];
    if (item instanceof Pair) continue;
    if (item instanceof YAMLMap) {
      if (item.size > 1) onError("Each pair must have its own sequence indicator");
      const pair = item.values.values().next().value ?? new Pair(new Scalar(null));
      if (item.commentBefore) pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
      if (item.comment) {
        const cn = pair.value ?? pair.key;
        cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
      }
      seq2[i] = pair;
    } else seq2[i] = new Pair(item, null);
  }
  else onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(nc, iterable) {
  const pairs2 = new YAMLSeq(nc.schema);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable)) for (let it of iterable) {
    if (typeof nc.replacer === "function") it = nc.replacer.call(iterable, String(i++), it);
    let key, value;
    if (Array.isArray(it)) {
      if (it.length === 2) {
        key = it[0];
        value = it[1];
      } else throw new TypeError(`Expected [key, value] tuple: ${it}`);
    } else if (it && it instanceof Object) {
      const keys = Object.keys(it);
      if (keys.length === 1) {
        key = keys[0];
        value = it[key];
      } else throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
    } else key = it;
    pairs2.push(nc.createPair(key, value));
  }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};
var YAMLOMap = class extends YAMLSeq {
  constructor(schema2, elements) {
    super(schema2, elements);
    this.tag = omap.tag;
  }
  /**
  * Append new pairs to the omap, and return its new length.
  */
  push(...pairs2) {
    for (const pair of pairs2) if (pair instanceof Pair) super.push(pair);
    else throw new Error("Omap only supports Pair values");
    return this.length;
  }
  /**
  * Set a pair in this omap.
  *
  * Throws if `idx` is not an integer.
  */
  set(idx, pair) {
    if (!Number.isInteger(idx)) throw new TypeError(`Expected an integer, not ${JSON.stringify(idx)}.`);
    if (idx < 0) {
      if (idx < -this.length) throw new RangeError(`Invalid index ${idx}`);
      idx += this.length;
    }
    this[idx] = pair;
  }
  /**
  * The returned value actually has type `Map<unknown, unknown>`,
  * but TypeScript won't allow widening the signature of a child method.
  */
  toJS(doc, ctx) {
    if (!ctx) return super.toJS(doc);
    const map2 = /* @__PURE__ */ new Map();
    if (this.anchor) ctx.anchors.set(this, {
      aliasCount: 0,
      count: 1,
      res: map2
    });
    for (const pair of this) {
      const key = pair.key.toJS(doc, ctx);
      const value = pair.value ? pair.value.toJS(doc, ctx) : null;
      if (map2.has(key)) throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    const keys = /* @__PURE__ */ new Set();
    for (const pair of this) {
      const key = this.schema.mapKey(pair);
      if (keys.has(key)) throw new Error("Ordered maps must not include duplicate keys");
      keys.add(key);
    }
    return super.toString(ctx, onComment, onChompKeep);
  }
};
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  createNode(nc, iterable) {
    const pairs2 = createPairs(nc, iterable);
    return new YAMLOMap(nc.schema, pairs2);
  },
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2) if (key instanceof Scalar) {
      if (seenKeys.includes(key.value)) onError(`Ordered maps must not include duplicate keys: ${key.value}`);
      else seenKeys.push(key.value);
    }
    return Object.assign(new YAMLOMap(seq2.schema), pairs2);
  }
};
function boolStringify({ value, source }, ctx) {
  if (source && (value ? trueTag : falseTag).test(source)) return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: (str) => /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/.test(str),
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: (str) => /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/.test(str),
  resolve: () => new Scalar(false),
  stringify: boolStringify
};
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: (str) => /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(str),
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: (node) => stringifyNumber(node, "1.1")
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: (str) => /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/.test(str),
  resolve: (str) => parseFloat(str.replace(/_/g, "")),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node, "1.1");
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: (str) => /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/.test(str),
  resolve(str) {
    const node = new Scalar(parseFloat(str.replace(/_/g, "")));
    const dot = str.indexOf(".");
    if (dot !== -1) {
      const f = str.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0") node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: (node) => stringifyNumber(node, "1.1")
};
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
  const sign = str[0];
  if (sign === "-" || sign === "+") offset += 1;
  str = str.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str = `0b${str}`;
        break;
      case 8:
        str = `0o${str}`;
        break;
      case 16:
        str = `0x${str}`;
    }
    const n2 = BigInt(str);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value)) {
    const str = value.toString(radix);
    return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: (str) => /^[-+]?0b[0-1_]+$/.test(str),
  resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
  stringify: (node) => intStringify(node, 2, "0b")
};
var intOct = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: (str) => /^[-+]?0[0-7_]+$/.test(str),
  resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
  stringify: (node) => intStringify(node, 8, "0")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: (str) => /^[-+]?[0-9][0-9_]*$/.test(str),
  resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
  stringify: (node) => stringifyNumber(node, "1.1")
};
var intHex = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: (str) => /^[-+]?0x[0-9a-fA-F_]+$/.test(str),
  resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode(nc, iterable) {
    const set2 = new YAMLSet(nc.schema);
    if (iterable && Symbol.iterator in Object(iterable)) for (let value of iterable) {
      if (typeof nc.replacer === "function") value = nc.replacer.call(iterable, value, value);
      const mk = nc.schema.mapKey(value);
      set2.values.set(mk, nc.create(value));
    }
    return set2;
  },
  resolve(set2, onError) {
    if (!(set2 instanceof YAMLSet)) onError("Expected a set for this tag");
    return set2;
  }
};
function parseSexagesimal(str, asBigInt) {
  const sign = str[0];
  const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
  const num = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num = (n) => n;
  if (typeof value === "bigint") num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value)) return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num(-1);
  }
  const _60 = num(60);
  const parts = [value % _60];
  if (value < 60) parts.unshift(0);
  else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: (str) => /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/.test(str),
  resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: (str) => /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/.test(str),
  resolve: (str) => parseSexagesimal(str, false),
  stringify: stringifySexagesimal
};
var timestampRe = RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$");
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  test: (str) => timestampRe.test(str),
  resolve(str) {
    const match = str.match(timestampRe);
    if (!match) throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30) d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};
var schema = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];
var schemas = /* @__PURE__ */ new Map([
  ["core", schema$2],
  ["failsafe", [
    map,
    seq,
    string
  ]],
  ["json", schema$1],
  ["yaml11", schema],
  ["yaml-1.1", schema]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float: float$1,
  floatExp: floatExp$1,
  floatNaN: floatNaN$1,
  floatTime,
  int: int$1,
  intHex: intHex$1,
  intOct: intOct$1,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) return addMergeTag && !schemaTags.includes(merge) ? [...schemaTags, merge] : schemaTags.slice();
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags)) tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) for (const tag of customTags) tags = tags.concat(tag);
  else if (typeof customTags === "function") tags = customTags(tags.slice());
  if (addMergeTag) tags = [...tags, merge];
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj)) tags2.push(tagObj);
    return tags2;
  }, []);
}
var Schema = class Schema2 {
  compat;
  knownTags;
  mapKey;
  name;
  tags;
  toStringOptions;
  constructor({ compat, customTags, mapKey, merge: merge3, resolveKnownTags, schema: schema2, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.mapKey = mapKey ?? defaultMapKey;
    this.name = typeof schema2 === "string" && schema2 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge3);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, "map", { value: map });
    Object.defineProperty(this, "scalar", { value: string });
    Object.defineProperty(this, "seq", { value: seq });
  }
  clone() {
    const copy = Object.create(Schema2.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};
function defaultMapKey(value) {
  if (value instanceof Pair) value = value.key;
  if (value instanceof Scalar) value = value.value;
  return value ?? null;
}
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart) hasDirectives = true;
  }
  if (hasDirectives) lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1) lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  if (doc.value.spaceBefore && hasDirectives) lines.push("");
  if (doc.value.commentBefore) {
    const cs = commentString(doc.value.commentBefore);
    lines.push(indentComment(cs, ""));
  }
  ctx.forceBlockIndent = !!doc.comment;
  let contentComment = doc.value.comment;
  const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
  let body = stringify(doc.value, ctx, () => contentComment = null, onChompKeep);
  if (contentComment) body += lineComment(body, "", commentString(contentComment));
  if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") lines[lines.length - 1] = `--- ${body}`;
  else lines.push(body);
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else lines.push(`... ${cs}`);
    } else lines.push("...");
  } else {
    let dc = doc.comment;
    if (dc && chompKeep) dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "") lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}
function applyReviver(reviver, obj, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) for (let i = 0, len = val.length; i < len; ++i) {
      const v0 = val[i];
      const v1 = applyReviver(reviver, val, String(i), v0);
      if (v1 === void 0) delete val[i];
      else if (v1 !== v0) val[i] = v1;
    }
    else if (val instanceof Map) for (const k of Array.from(val.keys())) {
      const v0 = val.get(k);
      const v1 = applyReviver(reviver, val, k, v0);
      if (v1 === void 0) val.delete(k);
      else if (v1 !== v0) val.set(k, v1);
    }
    else if (val instanceof Set) for (const v0 of Array.from(val)) {
      const v1 = applyReviver(reviver, val, v0, v0);
      if (v1 === void 0) val.delete(v0);
      else if (v1 !== v0) {
        val.delete(v0);
        val.add(v1);
      }
    }
    else for (const [k, v0] of Object.entries(val)) {
      const v1 = applyReviver(reviver, val, k, v0);
      if (v1 === void 0) delete val[k];
      else if (v1 !== v0) val[k] = v1;
    }
  }
  return reviver.call(obj, key, val);
}
var Document = class Document2 {
  /** A comment before this Document */
  commentBefore = null;
  /** A comment immediately after this Document */
  comment = null;
  /** The document value. */
  value;
  directives;
  /** Errors encountered during parsing. */
  errors = [];
  options;
  /** Warnings encountered during parsing. */
  warnings = [];
  constructor(value, replacerOrOptions, options) {
    let replacer = null;
    if (typeof replacerOrOptions === "function" || Array.isArray(replacerOrOptions)) replacer = replacerOrOptions;
    else if (options === void 0 && replacerOrOptions) options = replacerOrOptions;
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit) version = this.directives.yaml.version;
    } else this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.value = this.createNode(value, replacer, options);
  }
  /**
  * Create a deep copy of this Document and its value.
  *
  * Custom Node values that inherit from `Object` still refer to their original instances.
  */
  clone() {
    const copy = Object.create(Document2.prototype);
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives) copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.value = this.value.clone(copy.schema);
    if (this.range) copy.range = this.range.slice();
    return copy;
  }
  /**
  * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
  *
  * If `node` already has an anchor, `name` is ignored.
  * Otherwise, the `node.anchor` value will be set to `name`,
  * or if an anchor with that name is already present in the document,
  * `name` will be used as a prefix for a new unique anchor.
  * If `name` is undefined, the generated anchor will use 'a' as a prefix.
  */
  createAlias(node, name) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let nc;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      nc = new NodeCreator(this, options, replacer);
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0) replacer = [...replacer, ...asStr];
      nc = new NodeCreator(this, options, replacer);
    } else {
      options ??= replacer ?? void 0;
      nc = new NodeCreator(this, options);
    }
    const node = nc.create(value, options?.tag);
    nc.setAnchors();
    return node;
  }
  /**
  * Convert a key and a value into a `Pair` using the current schema,
  * recursively wrapping all values as `Scalar` or `Collection` nodes.
  */
  createPair(key, value, options = {}) {
    const nc = new NodeCreator(this, options);
    const pair = nc.createPair(key, value);
    nc.setAnchors();
    return pair;
  }
  /**
  * Returns item at `key`, or `undefined` if not found.
  */
  get(key) {
    if (this.value instanceof YAMLMap || this.value instanceof YAMLSet) return this.value.get(key);
    if (this.value instanceof YAMLSeq) {
      if (Number.isInteger(key)) return this.value.at(key);
      throw new TypeError(`Expected an integer, not ${JSON.stringify(key)}.`);
    }
  }
  /**
  * Returns pair at `key`, or `undefined` if not found.
  */
  getPair(key) {
    if (this.value instanceof YAMLMap) return this.value.getPair(key);
    if (this.value instanceof YAMLSeq) {
      if (!Number.isInteger(key)) throw new TypeError(`Expected an integer, not ${JSON.stringify(key)}.`);
      const pair = this.value.at(key);
      if (pair instanceof Pair) return pair;
      throw new TypeError(`Value at ${key} is not a Pair`);
    }
  }
  /**
  * Sets a value in this document's top-level collection. For `!!set`, `value` is ignored.
  */
  set(key, value) {
    if (this.value instanceof YAMLSet) this.value.add(key);
    else if (this.value instanceof YAMLMap || this.value instanceof YAMLSeq) this.value.set(key, value);
    else throw new Error("Expected a YAML collection as document value");
  }
  /**
  * Change the YAML version and schema used by the document.
  * A `null` version disables support for directives, explicit tags, anchors, and aliases.
  * It also requires the `schema` option to be given as a `Schema` instance value.
  *
  * Overrides all previously set schema options.
  */
  setSchema(version, options = {}) {
    if (typeof version === "number") version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives) this.directives.yaml.version = "1.1";
        else this.directives = new Directives({ version: "1.1" });
        opt = {
          resolveKnownTags: false,
          schema: "yaml-1.1"
        };
        break;
      case "1.2":
      case "next":
        if (this.directives) this.directives.yaml.version = version;
        else this.directives = new Directives({ version });
        opt = {
          resolveKnownTags: true,
          schema: "core"
        };
        break;
      case null:
        if (this.directives) delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object) this.schema = options.schema;
    else if (opt) this.schema = new Schema(Object.assign(opt, options));
    else throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  /** A plain JavaScript representation of the document `value`. */
  toJS(opt = {}) {
    const { onAnchor, reviver } = opt;
    const ctx = new ToJSContext(opt);
    const res = this.value.toJS(this, ctx);
    if (typeof onAnchor === "function") for (const { count, res: res2 } of ctx.anchors.values()) onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /** A JSON representation of the document `value`.  */
  toJSON() {
    return this.toJS({ mapAsMap: false });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0) throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
var visit = function visit2(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (node instanceof Document) {
    if (visit_(null, node.value, visitor_, [node]) === REMOVE) node.value = new Scalar(null);
  } else visit_(null, node, visitor_, []);
};
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
  const ctrl = callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || ctrl instanceof Pair) {
    replaceNode(key, path, ctrl);
    return visit_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (node instanceof YAMLSeq) {
      path = [...path, node];
      for (let i = 0; i < node.length; ++i) {
        const ci = visit_(i, node[i], visitor, path);
        if (typeof ci === "number") i = ci - 1;
        else if (ci === BREAK) return BREAK;
        else if (ci === REMOVE) {
          node.splice(i, 1);
          i -= 1;
        }
      }
    } else if (node instanceof YAMLMap || node instanceof YAMLSet) {
      path = [...path, node];
      const entries = Array.from(node.values);
      const delKeys = [];
      for (let i = 0; i < entries.length; ++i) {
        const ci = visit_(i, entries[i][1], visitor, path);
        if (typeof ci === "number") i = ci - 1;
        else if (ci === BREAK) return BREAK;
        else if (ci === REMOVE) delKeys.push(entries[i][0]);
      }
      for (const dk of delKeys) node.values.delete(dk);
    } else if (node instanceof Pair) {
      path = [...path, node];
      const ck = visit_("key", node.key, visitor, path);
      if (ck === BREAK) return BREAK;
      else if (ck === REMOVE) node.key = new Scalar(null);
      const cv = visit_("value", node.value, visitor, path);
      if (cv === BREAK) return BREAK;
      else if (cv === REMOVE) node.value = null;
    }
  }
  return ctrl;
}
var visitAsync = async function visitAsync2(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (node instanceof Document) {
    if (await visitAsync_(null, node.value, visitor_, [node]) === REMOVE) node.value = new Scalar(null);
  } else await visitAsync_(null, node, visitor_, []);
};
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
  const ctrl = await callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || ctrl instanceof Pair) {
    replaceNode(key, path, ctrl);
    return visitAsync_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (node instanceof YAMLSeq) {
      path = [...path, node];
      for (let i = 0; i < node.length; ++i) {
        const ci = await visitAsync_(i, node[i], visitor, path);
        if (typeof ci === "number") i = ci - 1;
        else if (ci === BREAK) return BREAK;
        else if (ci === REMOVE) {
          node.splice(i, 1);
          i -= 1;
        }
      }
    } else if (node instanceof YAMLMap || node instanceof YAMLSet) {
      path = [...path, node];
      const entries = Array.from(node.values);
      const delKeys = [];
      for (let i = 0; i < entries.length; ++i) {
        const ci = await visitAsync_(i, entries[i][1], visitor, path);
        if (typeof ci === "number") i = ci - 1;
        else if (ci === BREAK) return BREAK;
        else if (ci === REMOVE) delKeys.push(entries[i][0]);
      }
      for (const dk of delKeys) node.values.delete(dk);
    } else if (node instanceof Pair) {
      path = [...path, node];
      const ck = await visitAsync_("key", node.key, visitor, path);
      if (ck === BREAK) return BREAK;
      else if (ck === REMOVE) node.key = new Scalar(null);
      const cv = await visitAsync_("value", node.value, visitor, path);
      if (cv === BREAK) return BREAK;
      else if (cv === REMOVE) node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) return Object.assign({
    Alias: visitor.Node,
    Map: visitor.Node,
    Scalar: visitor.Node,
    Seq: visitor.Node
  }, visitor.Value && {
    Map: visitor.Value,
    Scalar: visitor.Value,
    Seq: visitor.Value
  }, visitor.Collection && {
    Map: visitor.Collection,
    Seq: visitor.Collection
  }, visitor);
  return visitor;
}
function callVisitor(key, node, visitor, path) {
  if (typeof visitor === "function") return visitor(key, node, path);
  if (node instanceof YAMLMap || node instanceof YAMLSet) return visitor.Map?.(key, node, path);
  if (node instanceof YAMLSeq) return visitor.Seq?.(key, node, path);
  if (node instanceof Pair) return visitor.Pair?.(key, node, path);
  if (node instanceof Scalar) return visitor.Scalar?.(key, node, path);
  if (node instanceof Alias) return visitor.Alias?.(key, node, path);
}
function replaceNode(key, path, node) {
  const parent = path[path.length - 1];
  if (parent instanceof YAMLSeq) parent[key] = node;
  else if (parent instanceof YAMLMap) {
    if (node instanceof Pair) {
      const entries = Array.from(parent.values);
      entries[key] = [parent.keyOf(node, true), node];
      parent.values = new Map(entries);
    } else throw new Error("Cannot replace map pair with non-pair value");
  } else if (parent instanceof YAMLSet) {
    if (isNode(node)) {
      const entries = Array.from(parent.values);
      entries[key] = [parent.keyOf(node, true), node];
      parent.values = new Map(entries);
    } else throw new Error("Cannot replace set value with non-node value");
  } else if (parent instanceof Pair) {
    if (isNode(node)) {
      if (key === "key") parent.key = node;
      else parent.value = node;
    } else throw new Error(`Cannot replace pair ${key} with non-node value`);
  } else if (parent instanceof Document) {
    if (node instanceof Scalar || isCollection(node)) parent.value = node;
    else throw new Error("Cannot replace Document value with non-node value");
  } else {
    const pt = parent instanceof Alias ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class Directives2 {
  static defaultYaml = {
    explicit: false,
    version: "1.2"
  };
  static defaultTags = { "!!": "tag:yaml.org,2002:" };
  yaml;
  tags;
  /**
  * The directives-end/doc-start marker `---`. If `null`, a marker may still be
  * included in the document's stringified representation.
  */
  docStart = null;
  /** The doc-end marker `...`.  */
  docEnd = false;
  /**
  * Used when parsing YAML 1.1, where:
  * > If the document specifies no directives, it is parsed using the same
  * > settings as the previous document. If the document does specify any
  * > directives, all directives of previous documents, if any, are ignored.
  */
  atNextDocument;
  constructor(yaml, tags) {
    this.yaml = Object.assign({}, Directives2.defaultYaml, yaml);
    this.tags = Object.assign({}, Directives2.defaultTags, tags);
  }
  clone() {
    const copy = new Directives2(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
  * During parsing, get a Directives instance for the current document and
  * update the stream state according to the current version's spec.
  */
  atDocument() {
    const res = new Directives2(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: Directives2.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, Directives2.defaultTags);
    }
    return res;
  }
  /**
  * @param onError - May be called even if the action was successful
  * @returns `true` on success
  */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = {
        explicit: Directives2.defaultYaml.explicit,
        version: "1.1"
      };
      this.tags = Object.assign({}, Directives2.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2) return false;
        }
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
  * Resolves a tag, matching handles to those defined in %TAG directives.
  *
  * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
  *   `'!local'` tag, or `null` if unresolvable.
  */
  tagName(source, onError) {
    if (source === "!") return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">") onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix) onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) try {
      return prefix + decodeURIComponent(suffix);
    } catch (error) {
      onError(String(error));
      return null;
    }
    if (handle === "!") return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
  * Given a fully resolved tag, returns its printable string form,
  * taking into account current tag prefixes and defaults.
  */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) if (tag.startsWith(prefix)) return handle + escapeTagName(tag.substring(prefix.length));
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0) {
      const tags = {};
      visit(doc.value, (_key, node) => {
        if (node?.tag) tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:") continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix))) lines.push(`%TAG ${handle} ${prefix}`);
    }
    return lines.join("\n");
  }
};

// node_modules/yaml/dist/line-counter-B2FjSv3E.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header) return {
    value: "",
    type: null,
    comment: "",
    range: [
      start,
      start,
      start
    ]
  };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r") chompStart = i;
    else break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source) end2 += scalar.source.length;
    return {
      value: value2,
      type,
      comment: header.comment,
      range: [
        start,
        end2,
        end2
      ]
    };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator");
      if (header.indent === 0) trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i][0].length > trimIndent) chompStart = i + 1;
  let value = "";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf) content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep === " ") sep = "\n";
      else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n") value += "\n";
      else sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i) value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n") value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return {
    value,
    type,
    comment: header.comment,
    range: [
      start,
      end,
      end
    ]
  };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+")) chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n) indent = n;
      else if (error === -1) error = offset + i;
    }
  }
  if (error !== -1) onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        onError(token, "UNEXPECTED_TOKEN", `Unexpected token in block scalar header: ${token.type}`);
        const ts = token.source;
        if (ts && typeof ts === "string") length += ts.length;
      }
    }
  }
  return {
    mode,
    indent,
    chomp,
    comment,
    length
  };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
  return lines;
}
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment) comment = cb;
          else comment += sep + cb;
          sep = "";
          break;
        }
        case "newline":
          if (comment) sep += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return {
    comment,
    offset
  };
}
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [
          offset,
          offset + source.length,
          offset + source.length
        ]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [
      offset,
      valueEnd,
      re.offset
    ]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">":
      badChar = `block scalar indicator ${source[0]}`;
      break;
    case "@":
    case "`":
      badChar = `reserved character ${source[0]}`;
  }
  if (badChar) onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return foldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1) onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return foldLines(source.slice(1, -1)).replace(/''/g, "'");
}
var CHAR_CR$1 = 13;
var CHAR_SPACE$1 = 32;
var CHAR_TAB$1 = 9;
function foldLines(source) {
  let newLineIndex = source.indexOf("\n");
  if (newLineIndex === -1) return source;
  let end = newLineIndex;
  let cc = source.charCodeAt(end - 1);
  if (cc === CHAR_CR$1) cc = source.charCodeAt(--end - 1);
  while (end > 0 && (cc === CHAR_SPACE$1 || cc === CHAR_TAB$1)) cc = source.charCodeAt(--end - 1);
  let res = source.slice(0, end);
  let sep = " ";
  let pos = newLineIndex + 1;
  while ((newLineIndex = source.indexOf("\n", pos)) !== -1) {
    let start2 = pos;
    cc = source.charCodeAt(start2);
    while (start2 < newLineIndex && (cc === CHAR_SPACE$1 || cc === CHAR_TAB$1)) cc = source.charCodeAt(++start2);
    end = newLineIndex;
    cc = source.charCodeAt(end - 1);
    if (cc === CHAR_CR$1) cc = source.charCodeAt(--end - 1);
    while (end > start2 && (cc === CHAR_SPACE$1 || cc === CHAR_TAB$1)) cc = source.charCodeAt(--end - 1);
    if (start2 === end) {
      if (sep === "\n") res += sep;
      else sep = "\n";
    } else {
      res += sep + source.slice(start2, end);
      sep = " ";
    }
    pos = newLineIndex + 1;
  }
  let start = pos;
  cc = source.charCodeAt(start);
  while (start < source.length && (cc === CHAR_SPACE$1 || cc === CHAR_TAB$1)) cc = source.charCodeAt(++start);
  return res + sep + source.slice(start);
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n") continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc) res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	") next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	") next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	") next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n")) res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else res += ch;
  }
  if (source[source.length - 1] !== '"' || source.length === 1) onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n") break;
    if (ch === "\n") fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold) fold = " ";
  return {
    fold,
    offset
  };
}
var escapeCodes = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}
var YAMLError = class extends Error {
  name;
  code;
  message;
  pos;
  linePos;
  constructor(name, pos, code, message) {
    super();
    this.name = name;
    this.code = code;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLParseError", pos, code, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLWarning", pos, code, message);
  }
};
var prettifyError = (src, lc) => (error) => {
  if (error.pos[0] === -1) return;
  error.linePos = error.pos.map((pos) => lc.linePos(pos));
  const { line, col } = error.linePos[0];
  error.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "\u2026" + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80) lineStr = lineStr.substring(0, 79) + "\u2026";
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
    if (prev.length > 80) prev = prev.substring(0, 79) + "\u2026\n";
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count = 1;
    const end = error.linePos[1];
    if (end?.line === line && end.col > col) count = Math.max(1, Math.min(end.col - col, 80 - ci));
    const pointer = " ".repeat(ci) + "^".repeat(count);
    error.message += `:

${lineStr}
${pointer}
`;
  }
};
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
var visit3 = function visit4(cst, visitor) {
  if ("type" in cst && cst.type === "document") cst = {
    start: cst.start,
    value: cst.value
  };
  _visit([], cst, visitor);
};
visit3.BREAK = BREAK2;
visit3.SKIP = SKIP2;
visit3.REMOVE = REMOVE2;
visit3.itemAtPath = (cst, path) => {
  let item = cst;
  for (const [field, index] of path) {
    const tok = item?.[field];
    if (tok && "items" in tok) item = tok.items[index];
    else return void 0;
  }
  return item;
};
visit3.parentCollection = (cst, path) => {
  const parent = visit3.itemAtPath(cst, path.slice(0, -1));
  const field = path[path.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll) return coll;
  throw new Error("Parent collection not found");
};
function _visit(path, item, visitor) {
  let ctrl = visitor(item, path);
  if (typeof ctrl === "symbol") return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit([...path, [field, i]], token.items[i], visitor);
        if (typeof ci === "number") i = ci - 1;
        else if (ci === BREAK2) return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key") ctrl = ctrl(item, path);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
}
function prettyToken(token) {
  switch (token) {
    case "\uFEFF":
      return "<BOM>";
    case "":
      return "<DOC>";
    case "":
      return "<FLOW_END>";
    case "":
      return "<SCALAR>";
    default:
      return JSON.stringify(token);
  }
}
function tokenType(source) {
  switch (source) {
    case "\uFEFF":
      return "byte-order-mark";
    case "":
      return "doc-mode";
    case "":
      return "flow-error-end";
    case "":
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var CHAR_TAB = 9;
var CHAR_LF = 10;
var CHAR_CR = 13;
var CHAR_SPACE = 32;
var CHAR_HASH = 35;
var CHAR_COLON = 58;
function isEmptyChar(ch) {
  return Number.isNaN(ch) || ch === CHAR_SPACE || ch === CHAR_LF || ch === CHAR_CR || ch === CHAR_TAB;
}
var flowIndicatorCharCodes = /* @__PURE__ */ new Set([
  44,
  91,
  93,
  123,
  125
]);
var invalidAnchorChars = /* @__PURE__ */ new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var blockScalarHeader = /([|>][^\s#]*)([ \t]*)((?:.|\r(?!\n))*)$/my;
var directiveLine = /(%(?:[^ \t\n\r]|[ \t](?![\n\r#]))*)([ \t]*)(#.*)?$/my;
var docMarker = /[-.]{3}(?=[ \n\r\t]|$)(?:([ \t]+)(#.*)?)?/y;
var emptyLineOrComment = /([ \t]*)(#.*)?$/my;
var indicator = /(?:(&[^\s,[\]{}]*|!<[^\s>]*>?|!(?:[0-9a-z-#;/?:@&=+$_.!~*'()]|%[0-9a-f]{2})*)|([-?:])(?=[ \n\r\t]|$)|([-?:])(?=[,[\]{}]|$))([ \t]*)/iy;
function lex(source) {
  if (typeof source !== "string") throw TypeError("source is not a string");
  const lexer = new Lexer(source);
  const end = source.length;
  let state = "stream";
  while (lexer.pos < end) switch (state) {
    case "stream":
      state = lexer.stream();
      break;
    case "document":
      state = lexer.document();
      break;
    case "flow":
      state = lexer.flow();
  }
  return lexer.tokens;
}
var Lexer = class {
  /** Current input */
  source = "";
  /**
  * Flag noting whether the map value indicator : can immediately follow this
  * node within a flow context.
  */
  flowKey = false;
  /** Count of surrounding flow collection levels. */
  flowLevel = 0;
  /**
  * Minimum level of indentation required for next lines to be parsed as a
  * part of the current scalar value.
  */
  indentNext = 0;
  /** Indentation level of the current line. */
  indentValue = 0;
  /** A pointer to `source`; the current position of the lexer. */
  pos = 0;
  tokens = [];
  constructor(source) {
    this.source = source;
  }
  charAt(n) {
    const i = this.pos + n;
    return i < this.source.length ? this.source[i] : void 0;
  }
  continueScalar(offset) {
    if (this.indentNext > 0) {
      const len = this.source.length;
      let indent = 0;
      while (offset + indent < len && this.source.charCodeAt(offset + indent) === CHAR_SPACE) ++indent;
      const cc = offset + indent < len ? this.source.charCodeAt(offset + indent) : NaN;
      if (cc === CHAR_CR) {
        if (this.source.charCodeAt(indent + offset + 1) === CHAR_LF) return offset + indent + 1;
      }
      return cc === CHAR_LF || indent >= this.indentNext ? offset + indent : -1;
    }
    docMarker.lastIndex = offset;
    return docMarker.test(this.source) ? -1 : offset;
  }
  stream() {
    if (this.charAt(0) === "\uFEFF") {
      this.count(1);
      return "stream";
    }
    directiveLine.lastIndex = this.pos;
    let m = directiveLine.exec(this.source);
    if (m) {
      const [line, directive, spaces, comment] = m;
      this.tokens.push(directive);
      if (spaces) this.tokens.push(spaces);
      if (comment) this.tokens.push(comment);
      this.pos += line.length;
      this.newline();
      return "stream";
    }
    emptyLineOrComment.lastIndex = this.pos;
    m = emptyLineOrComment.exec(this.source);
    if (m) {
      const [line, spaces, comment] = m;
      if (spaces) this.tokens.push(spaces);
      if (comment) this.tokens.push(comment);
      this.pos += line.length;
      this.newline();
      return "stream";
    }
    this.tokens.push("");
    return this.lineStart();
  }
  lineStart() {
    docMarker.lastIndex = this.pos;
    const dmm = docMarker.exec(this.source);
    if (dmm) {
      const [line, spaces, comment] = dmm;
      this.count(3);
      if (spaces) {
        this.tokens.push(spaces);
        this.pos += spaces.length;
      }
      if (comment) {
        this.tokens.push(comment);
        this.pos += comment.length;
      }
      this.newline();
      this.indentValue = 0;
      this.indentNext = 0;
      return line.startsWith("-") ? this.lineStart() : "stream";
    }
    this.indentValue = this.spaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1))) this.indentNext = this.indentValue;
    while (true) {
      const ch = this.source[this.pos];
      if (ch !== "-" && ch !== "?" && ch !== ":") break;
      const next = this.source[this.pos + 1];
      if (next !== void 0 && next !== " " && next !== "\n" && next !== "\r" && next !== "	") break;
      this.tokens.push(ch);
      const start = this.pos;
      this.pos += 1;
      let sc = this.source.charCodeAt(this.pos);
      while (sc === CHAR_SPACE || sc === CHAR_TAB) sc = this.source.charCodeAt(++this.pos);
      if (this.pos > start + 1) this.tokens.push(this.source.slice(start + 1, this.pos));
      this.indentNext = this.indentValue + 1;
      this.indentValue += this.pos - start;
    }
    return "document";
  }
  document() {
    this.spaces(true);
    this.indicators();
    const ch = this.charAt(0);
    switch (ch) {
      case "#":
        this.toLineEnd();
      case "\n":
      case void 0:
        this.newline();
        return this.lineStart();
      case "{":
      case "[":
        this.count(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        this.count(1);
        return "document";
      case "*":
        this.until(isNotAnchorChar);
        return "document";
      case '"':
      case "'":
        this.quotedScalar(ch);
        return "document";
      case "|":
      case ">":
        this.blockScalar();
        return this.lineStart();
      case "\r":
        if (this.charAt(1) === "\n") {
          this.count(2);
          return this.lineStart();
        }
      default:
        this.plainScalar();
        return "document";
    }
  }
  flow() {
    let nl, sp;
    let indent = -1;
    do {
      nl = this.newline();
      if (nl > 0) {
        sp = this.spaces(false);
        this.indentValue = indent = sp;
      } else sp = 0;
      sp += this.spaces(true);
    } while (nl + sp > 0);
    let ch = this.charAt(0);
    if (indent !== -1 && indent < this.indentNext && ch !== "#" && !(indent === this.indentNext - 1 && this.flowLevel === 1 && (ch === "]" || ch === "}"))) {
      this.flowLevel = 0;
      this.tokens.push("");
      return this.lineStart();
    }
    if (indent === 0) {
      docMarker.lastIndex = this.pos;
      if (docMarker.test(this.source)) {
        this.flowLevel = 0;
        this.tokens.push("");
        return this.lineStart();
      }
    }
    while (ch === ",") {
      this.count(1);
      this.spaces(true);
      this.flowKey = false;
      ch = this.charAt(0);
    }
    if (this.indicators()) ch = this.charAt(0);
    switch (ch) {
      case "\n":
      case void 0:
        break;
      case "#":
        this.toLineEnd();
        break;
      case "{":
      case "[":
        this.count(1);
        this.flowKey = false;
        this.flowLevel += 1;
        break;
      case "}":
      case "]":
        this.count(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "document";
      case "*":
        this.until(isNotAnchorChar);
        break;
      case '"':
      case "'":
        this.flowKey = true;
        this.quotedScalar(ch);
        break;
      case ":":
        if (this.flowKey) {
          this.flowKey = false;
          this.count(1);
          this.spaces(true);
        } else {
          const next = this.charAt(1);
          if (isEmpty(next) || next === ",") {
            this.count(1);
            this.spaces(true);
          } else this.plainScalar();
        }
        break;
      case "\r":
        if (this.charAt(1) === "\n") break;
      default:
        this.flowKey = false;
        this.plainScalar();
    }
    return "flow";
  }
  indicators() {
    let hasIndicators = false;
    indicator.lastIndex = this.pos;
    let m;
    while (m = indicator.exec(this.source)) {
      hasIndicators ||= true;
      const [fm, tagOrAnchor, bsEmpty, bsInFlow, spaces] = m;
      if (tagOrAnchor) this.tokens.push(tagOrAnchor);
      else if (this.flowLevel > 0) {
        this.tokens.push(bsEmpty ?? bsInFlow);
        this.flowKey &&= false;
      } else if (bsEmpty) {
        this.tokens.push(bsEmpty);
        this.indentNext = this.indentValue + 1;
      } else break;
      if (spaces) this.tokens.push(spaces);
      this.pos += fm.length;
    }
    return hasIndicators;
  }
  quotedScalar(quote) {
    let end = this.source.indexOf(quote, this.pos + 1);
    if (quote === "'") while (end !== -1 && this.source[end + 1] === "'") end = this.source.indexOf("'", end + 2);
    else while (end !== -1) {
      let n = 0;
      while (this.source[end - 1 - n] === "\\") n += 1;
      if (n % 2 === 0) break;
      end = this.source.indexOf('"', end + 1);
    }
    const qb = this.source.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1) break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
    }
    if (end === -1) end = this.source.length;
    this.toIndex(end + 1, false);
  }
  blockScalar() {
    let bsIndent = -1;
    let bsKeep = false;
    blockScalarHeader.lastIndex = this.pos;
    const [line, header, spaces, comment] = blockScalarHeader.exec(this.source);
    for (const ch of header) if (ch === "+") bsKeep = true;
    else if (ch > "0" && ch <= "9") bsIndent = Number(ch) - 1;
    this.tokens.push(header);
    if (spaces) this.tokens.push(spaces);
    if (comment) this.tokens.push(comment);
    this.pos += line.length;
    this.newline();
    let nl = this.pos - 1;
    let indent = 0;
    let cc;
    loop: for (let i2 = this.pos; cc = this.source.charCodeAt(i2); ++i2) switch (cc) {
      case CHAR_SPACE:
        indent += 1;
        break;
      case CHAR_LF:
        nl = i2;
        indent = 0;
        break;
      case CHAR_CR:
        if (this.source.charCodeAt(i2 + 1) === CHAR_LF) break;
      default:
        break loop;
    }
    if (indent >= this.indentNext) {
      if (bsIndent === -1) this.indentNext = indent;
      else this.indentNext = bsIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1) break;
        nl = this.source.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) nl = this.source.length;
    }
    let i = nl + 1;
    cc = this.source.charCodeAt(i);
    while (cc === CHAR_SPACE) cc = this.source.charCodeAt(++i);
    if (cc === CHAR_TAB) {
      while (cc === CHAR_TAB || cc === CHAR_SPACE || cc === CHAR_CR || cc === CHAR_LF) cc = this.source.charCodeAt(++i);
      nl = i - 1;
    } else if (!bsKeep) do {
      let i2 = nl - 1;
      let cc2 = this.source.charCodeAt(i2);
      if (cc2 === CHAR_CR) cc2 = this.source.charCodeAt(--i2);
      const lastChar = i2;
      while (cc2 === CHAR_SPACE) cc2 = this.source.charCodeAt(--i2);
      if (cc2 === CHAR_LF && i2 >= this.pos && i2 + 1 + indent > lastChar) nl = i2;
      else break;
    } while (true);
    this.tokens.push("");
    this.toIndex(nl + 1, true);
  }
  plainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let cc;
    const len = this.source.length;
    while (++i < len) {
      cc = this.source.charCodeAt(i);
      if (cc === CHAR_COLON) {
        const next = i + 1 < len ? this.source.charCodeAt(i + 1) : NaN;
        if (isEmptyChar(next) || inFlow && flowIndicatorCharCodes.has(next)) break;
        end = i;
      } else if (isEmptyChar(cc)) {
        let next = i + 1 < len ? this.source.charCodeAt(i + 1) : NaN;
        if (cc === CHAR_CR) {
          if (next === CHAR_LF) {
            i += 1;
            cc = CHAR_LF;
            next = i + 1 < len ? this.source.charCodeAt(i + 1) : NaN;
          } else end = i;
        }
        if (next === CHAR_HASH || inFlow && flowIndicatorCharCodes.has(next)) break;
        if (cc === CHAR_LF) {
          const cs = this.continueScalar(i + 1);
          if (cs === -1) break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorCharCodes.has(cc)) break;
        end = i;
      }
    }
    this.tokens.push("");
    this.toIndex(end + 1, true);
  }
  count(n) {
    if (n > 0) {
      const s = this.source.substr(this.pos, n);
      this.tokens.push(s);
      this.pos += n;
      return n;
    }
    return 0;
  }
  toIndex(i, allowEmpty) {
    const s = this.source.slice(this.pos, i);
    if (s) {
      this.tokens.push(s);
      this.pos += s.length;
    } else if (allowEmpty) this.tokens.push("");
    return s.length;
  }
  toLineEnd() {
    let i = this.pos;
    let ch = this.source.charCodeAt(i);
    while (ch && ch !== CHAR_LF) ch = this.source.charCodeAt(++i);
    if (this.source.charCodeAt(i - 1) === CHAR_CR) --i;
    return this.toIndex(i, false);
  }
  newline() {
    const ch = this.source[this.pos];
    if (ch === "\n") return this.count(1);
    else if (ch === "\r" && this.charAt(1) === "\n") return this.count(2);
    else return 0;
  }
  spaces(allowTabs) {
    let i = this.pos;
    const len = this.source.length;
    while (i < len) {
      const cc = this.source.charCodeAt(i);
      if (cc !== CHAR_SPACE && !(allowTabs && cc === CHAR_TAB)) break;
      ++i;
    }
    const n = i - this.pos;
    if (n > 0) {
      const s = this.source.substr(this.pos, n);
      this.tokens.push(s);
      this.pos = i;
    }
    return n;
  }
  until(test) {
    let i = this.pos;
    let ch = this.source[i];
    while (!test(ch)) ch = this.source[++i];
    return this.toIndex(i, false);
  }
};
function includesToken(list, type) {
  for (let i = 0; i < list.length; ++i) if (list[i].type === type) return true;
  return false;
}
var logToken$1 = typeof process !== "undefined" && process.env?.LOG_TOKENS ? (token) => console.log("|", prettyToken(token)) : () => {
};
function findNonEmptyIndex(list) {
  for (let i = 0; i < list.length; ++i) switch (list[i].type) {
    case "space":
    case "comment":
    case "newline":
      break;
    default:
      return i;
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0) return [];
  let i = prev.length;
  loop: while (--i >= 0) switch (prev[i].type) {
    case "doc-start":
    case "explicit-key-ind":
    case "map-value-ind":
    case "seq-item-ind":
    case "newline":
      break loop;
  }
  while (prev[++i]?.type === "space") ;
  return prev.splice(i, prev.length);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
      if (it.key) it.value = it.key;
      delete it.key;
      if (isFlowToken(it.value)) {
        if (it.value.end) Array.prototype.push.apply(it.value.end, it.sep);
        else it.value.end = it.sep;
      } else Array.prototype.push.apply(it.start, it.sep);
      delete it.sep;
    }
  }
}
var Parser = class {
  onNewLine;
  /** If true, space and sequence indicators count as indentation */
  atNewLine = true;
  /** If true, next token is a scalar value */
  atScalar = false;
  /** Current indentation level */
  indent = 0;
  /** Current offset since the start of parsing */
  offset = 0;
  /** On the same line with a block map key */
  onKeyLine = false;
  /** Top indicates the node that's currently being built */
  stack = [];
  /** The source of the current token, set in parse() */
  source = "";
  /** The type of the current token, set in parse() */
  type = "";
  tokens = [];
  /**
  * @param onNewLine - If defined, called separately with the start position of
  *   each new line (in `parse()`, including the start of input).
  */
  constructor(onNewLine) {
    this.onNewLine = onNewLine;
  }
  /**
  * Parse `source` as a YAML stream.
  *
  * Errors are not thrown, but included in the result as `{ type: 'error', message }` tokens.
  *
  * @returns Tokens representing each directive, document, and other structure.
  */
  parse(source) {
    if (this.onNewLine && this.offset === 0) this.onNewLine(0);
    for (const lexeme of lex(source)) this.next(lexeme);
    return this.end();
  }
  /**
  * Advance the parser by the `source` of one lexical token.
  */
  next(source) {
    this.source = source;
    logToken$1(source);
    if (this.atScalar) {
      this.atScalar = false;
      this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      this.pop({
        type: "error",
        offset: this.offset,
        message,
        source
      });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine) this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ") this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine) this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to account for any remaining constructions */
  end() {
    while (this.stack.length > 0) this.pop();
    return this.tokens;
  }
  get sourceToken() {
    return {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0) this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top) {
      const token = this.stream();
      if (token) this.tokens.push(token);
      return;
    }
    switch (top.type) {
      case "document":
        return this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.scalar(top);
      case "block-scalar":
        return this.blockScalar(top);
      case "block-map":
        return this.blockMap(top);
      case "block-seq":
        return this.blockSequence(top);
      case "flow-collection":
        return this.flowCollection(top);
      case "doc-end":
        return this.documentEnd(top);
    }
    this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  pop(error) {
    const token = error ?? this.stack.pop();
    if (!token) this.tokens.push({
      type: "error",
      offset: this.offset,
      source: "",
      message: "Tried to pop an empty stack"
    });
    else if (this.stack.length === 0) this.tokens.push(token);
    else {
      const top = this.peek(1);
      if (token.type === "block-scalar") token.indent = "indent" in top ? top.indent : 0;
      else if (token.type === "flow-collection" && top.type === "document") token.indent = 0;
      if (token.type === "flow-collection") fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({
              start: [],
              key: token,
              sep: []
            });
            this.onKeyLine = true;
            return;
          } else if (it.sep) it.value = token;
          else {
            const item = it;
            item.key = token;
            item.sep = [];
            this.onKeyLine = !item.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value) top.items.push({
            start: [],
            value: token
          });
          else it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value) top.items.push({
            start: [],
            key: token,
            sep: []
          });
          else if (it.sep) it.value = token;
          else {
            it.key = token;
            it.sep = [];
          }
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          this.pop();
          this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document") top.end = last.start;
          else top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  stream() {
    switch (this.type) {
      case "directive-line":
        return {
          type: "directive",
          offset: this.offset,
          source: this.source
        };
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        return this.sourceToken;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start") doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return null;
      }
    }
    return {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  document(doc) {
    if (doc.value) return this.lineEnd(doc);
    switch (this.type) {
      case "doc-start":
        if (findNonEmptyIndex(doc.start) !== -1) {
          this.pop();
          this.step();
        } else doc.start.push(this.sourceToken);
        return;
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv) this.stack.push(bv);
    else this.tokens.push({
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML document`,
      source: this.source
    });
  }
  scalar(scalar) {
    if (this.type === "map-value-ind") {
      const start = getFirstKeyStartProps(getPrevProps(this.peek(2)));
      let sep;
      if (scalar.end) {
        sep = scalar.end;
        sep.push(this.sourceToken);
        delete scalar.end;
      } else sep = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{
          start,
          key: scalar,
          sep
        }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else this.lineEnd(scalar);
  }
  blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        this.pop();
        this.step();
    }
  }
  blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
          else map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) it.sep.push(this.sourceToken);
        else it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value) map2.items.push({ start: [this.sourceToken] });
        else if (it.sep) it.sep.push(this.sourceToken);
        else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const end = map2.items[map2.items.length - 2]?.value?.end;
            if (Array.isArray(end)) {
              Array.prototype.push.apply(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent) nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2) start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) it.sep.push(this.sourceToken);
          else it.start.push(this.sourceToken);
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({
              start,
              explicitKey: true
            });
          } else this.stack.push({
            type: "block-map",
            offset: this.offset,
            indent: this.indent,
            items: [{
              start: [this.sourceToken],
              explicitKey: true
            }]
          });
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                const item = it;
                item.key = null;
                item.sep = [this.sourceToken];
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{
                    start: start2,
                    key: null,
                    sep: [this.sourceToken]
                  }]
                });
              }
            } else if (it.value) map2.items.push({
              start: [],
              key: null,
              sep: [this.sourceToken]
            });
            else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{
                start,
                key: null,
                sep: [this.sourceToken]
              }]
            });
            else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep = it.sep;
              sep.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{
                  start: start2,
                  key,
                  sep
                }]
              });
            } else if (start.length > 0) it.sep = [
              ...it.sep,
              ...start,
              this.sourceToken
            ];
            else it.sep.push(this.sourceToken);
          } else if (!it.sep) {
            const item = it;
            item.key = null;
            item.sep = [this.sourceToken];
          } else if (it.value || atNextItem) map2.items.push({
            start,
            key: null,
            sep: [this.sourceToken]
          });
          else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
            type: "block-map",
            offset: this.offset,
            indent: this.indent,
            items: [{
              start: [],
              key: null,
              sep: [this.sourceToken]
            }]
          });
          else it.sep.push(this.sourceToken);
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({
              start,
              key: fs,
              sep: []
            });
            this.onKeyLine = true;
          } else if (it.sep) this.stack.push(fs);
          else {
            const item = it;
            item.key = fs;
            item.sep = [];
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent && (it.sep || it.explicitKey || start.length > 0)) map2.items.push({ start });
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    this.pop();
    this.step();
  }
  blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
          else seq2.items.push({ start: [this.sourceToken] });
        } else it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value) seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const end = seq2.items[seq2.items.length - 2]?.value?.end;
            if (Array.isArray(end)) {
              Array.prototype.push.apply(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent) break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent) break;
        if (it.value || includesToken(it.start, "seq-item-ind")) seq2.items.push({ start: [this.sourceToken] });
        else it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    this.pop();
    this.step();
  }
  flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep) fc.items.push({ start: [this.sourceToken] });
          else it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value) fc.items.push({
            start: [],
            key: null,
            sep: [this.sourceToken]
          });
          else if (it.sep) it.sep.push(this.sourceToken);
          else {
            it.key = null;
            it.sep = [this.sourceToken];
          }
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value) fc.items.push({ start: [this.sourceToken] });
          else if (it.sep) it.sep.push(this.sourceToken);
          else it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (!it || it.value) fc.items.push({
            start: [],
            key: fs,
            sep: []
          });
          else if (it.sep) this.stack.push(fs);
          else {
            it.key = fs;
            it.sep = [];
          }
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv) this.stack.push(bv);
      else {
        this.pop();
        this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        this.pop();
        this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const start = getFirstKeyStartProps(getPrevProps(parent));
        fixFlowSeqItems(fc);
        const sep = fc.end.splice(1, fc.end.length);
        sep.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{
            start,
            key: fc,
            sep
          }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else this.lineEnd(fc);
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const start = getFirstKeyStartProps(getPrevProps(parent));
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{
            start,
            explicitKey: true
          }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const start = getFirstKeyStartProps(getPrevProps(parent));
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{
            start,
            key: null,
            sep: [this.sourceToken]
          }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    if (this.type !== "comment") return false;
    if (this.indent <= indent) return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end) docEnd.end.push(this.sourceToken);
      else docEnd.end = [this.sourceToken];
      if (this.type === "newline") this.pop();
    }
  }
  lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        this.pop();
        this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      default:
        if (token.end) token.end.push(this.sourceToken);
        else token.end = [this.sourceToken];
        if (this.type === "newline") this.pop();
    }
  }
};
function resolveProps(tokens, { flow, indicator: indicator2, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  let token;
  for (token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma") onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator2 !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) tab = token;
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment) comment = cb;
        else comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment) comment += token.source;
          else if (!found || indicator2 !== "seq-item-ind") spaceBefore = true;
        } else commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag) newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor) onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":")) onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ??= token.offset;
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag":
        if (tag) onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ??= token.offset;
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case indicator2:
        if (anchor || tag) onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found) onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator2 === "seq-item-ind" || indicator2 === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma) onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const end = token ? token.offset + token.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq")) onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}
function containsNewline(key) {
  if (!key) return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n")) return true;
      if (key.end) {
        for (const st of key.end) if (st.type === "newline") return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start) if (st.type === "newline") return true;
        if (it.sep) {
          for (const st of it.sep) if (st.type === "newline") return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value)) return true;
      }
      return false;
    default:
      return true;
  }
}
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", true);
  }
}
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const map2 = new (tag?.nodeClass ?? YAMLMap)(ctx.schema);
  if (ctx.atRoot) ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq") onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment) map2.comment += "\n" + keyProps.comment;
          else map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
    } else if (keyProps.found?.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat) flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (map2.has(keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline) onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024) onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep, null, valueProps, onError);
      if (ctx.schema.compat) flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      if (map2 instanceof YAMLSet) {
        if (value || valueProps.anchor || valueProps.tag) onError(valueNode.range, "BAD_COLLECTION_TYPE", "Set items must not have non-empty values");
        if (valueProps.comment) {
          if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
          else keyNode.comment = valueProps.comment;
          keyNode.range[2] = valueProps.end;
        }
        map2.add(keyNode);
      } else {
        const pair = new Pair(keyNode, valueNode);
        if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
        map2.set(pair);
      }
    } else {
      if (implicitKey) onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
        else keyNode.comment = valueProps.comment;
      }
      if (map2 instanceof YAMLSet) map2.add(keyNode);
      else {
        const pair = new Pair(keyNode);
        if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
        map2.set(pair);
      }
    }
  }
  if (commentEnd && commentEnd < offset) onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [
    bm.offset,
    offset,
    commentEnd ?? offset
  ];
  return map2;
}
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const seq2 = new (tag?.nodeClass ?? YAMLSeq)(ctx.schema);
  if (ctx.atRoot) ctx.atRoot = false;
  if (ctx.atKey) ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq") onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment) seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat) flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2._push(node);
  }
  seq2.range = [
    bs.offset,
    offset,
    commentEnd ?? offset
  ];
  return seq2;
}
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  let coll;
  if (tag?.nodeClass) coll = new tag.nodeClass(ctx.schema);
  else coll = isMap2 ? new YAMLMap(ctx.schema) : new YAMLSeq(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot) ctx.atRoot = false;
  if (ctx.atKey) ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep && !value) {
        if (i === 0 && props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1) onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment) coll.comment += "\n" + props.comment;
          else coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key)) onError(key, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
    }
    if (i === 0) {
      if (props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma) onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) switch (st.type) {
          case "comma":
          case "space":
            break;
          case "comment":
            prevItemComment = st.source.substring(1);
            break loop;
          default:
            break loop;
        }
        if (prevItemComment) {
          let prev;
          if (Array.isArray(coll)) prev = coll[coll.length - 1];
          else for (const prev_ of coll.values.values()) prev = prev_;
          if (prev instanceof Pair) prev = prev.value ?? prev.key;
          if (prev.comment) prev.comment += "\n" + prevItemComment;
          else prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep, null, props, onError);
      coll._push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key)) onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep) for (const st of sep) {
            if (st === valueProps.found) break;
            if (st.type === "newline") {
              onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
              break;
            }
          }
          if (props.start < valueProps.found.offset - 1024) onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":") onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
        else keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (map2.has(keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        if (map2 instanceof YAMLSet) map2.add(keyNode);
        else map2.set(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.set(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [
          keyNode.range[0],
          endRange[1],
          endRange[2]
        ];
        coll._push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd) cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1) ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment) coll.comment += "\n" + end.comment;
      else coll.comment = end.comment;
    }
    coll.range = [
      fc.offset,
      cePos,
      end.offset
    ];
  } else coll.range = [
    fc.offset,
    cePos,
    cePos
  ];
  return coll;
}
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName) coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") return resolveCollection(CN2, ctx, token, onError, tagName);
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      else onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format) node.format = tag.format;
  return node;
}
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) tag = ctx.schema.scalar;
  else if (tagName) tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar") tag = findScalarTagByTest(ctx, value, token, onError);
  else tag = ctx.schema.scalar;
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = res instanceof Scalar ? res : new Scalar(res);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range;
  scalar.source = value;
  if (type) scalar.type = type;
  if (tagName) scalar.tag = tagName;
  if (tag.format) scalar.format = tag.format;
  if (comment) scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
  if (tagName === "!") return schema2.scalar;
  const matchWithTest = [];
  for (const tag of schema2.tags) if (!tag.collection && tag.tag === tagName) {
    if (tag.default && tag.test) matchWithTest.push(tag);
    else return tag;
  }
  for (const tag of matchWithTest) if (tag.test?.(value)) return tag;
  const kt = schema2.knownTags[tagName];
  if (kt && !kt.collection) {
    schema2.tags.push(Object.assign({}, kt, {
      default: false,
      test: void 0
    }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema2.scalar;
}
var schemaTagsWithTest = /* @__PURE__ */ new WeakMap();
function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
  let schemaTags = schemaTagsWithTest.get(schema2);
  if (!schemaTags) {
    schemaTags = schema2.tags.filter((t) => t.test !== void 0 && (t.default === true || t.default === "key"));
    schemaTagsWithTest.set(schema2, schemaTags);
  }
  const tag = schemaTags.find((t) => (t.default === true || atKey && t.default === "key") && t.test?.(value)) ?? schema2.scalar;
  if (schema2.compat) {
    const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.(value)) ?? schema2.scalar;
    if (tag.tag !== compat.tag) onError(token, "TAG_RESOLVE_FAILED", `Value may be parsed as either ${directives.tagString(tag.tag)} or ${directives.tagString(compat.tag)}`, true);
  }
  return tag;
}
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ??= before.length;
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}
var CN = {
  composeNode,
  composeEmptyNode
};
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag) onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor) node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor) node.anchor = anchor.source.substring(1);
      } catch (error) {
        onError(token, "RESOURCE_EXHAUSTION", error instanceof Error ? error.message : String(error));
      }
      break;
    default:
      onError(token, "UNEXPECTED_TOKEN", token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`);
      isSrcToken = false;
  }
  node ??= composeEmptyNode(ctx, token.offset, void 0, null, props, onError);
  if (anchor && node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!(node instanceof Scalar) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings");
  if (spaceBefore) node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "") node.comment = comment;
    else node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken) node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const node = composeScalar(ctx, {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  }, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore) node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "") onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":")) onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [
    offset,
    valueEnd,
    re.offset
  ];
  if (re.comment) alias.comment = re.comment;
  return alias;
}
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline) onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.value = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.value.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment) doc.comment = re.comment;
  doc.range = [
    offset,
    contentEnd,
    re.offset
  ];
  return doc;
}
function getErrorPos(src) {
  if (typeof src === "number") return [src, src + 1];
  if (Array.isArray(src)) return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
var logToken = typeof process !== "undefined" && process.env?.LOG_STREAM ? (token) => console.dir(token, { depth: null }) : () => {
};
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#") i += 1;
        atComment = false;
        break;
      default:
        if (!atComment) afterEmptyLine = true;
        atComment = false;
    }
  }
  return {
    comment,
    afterEmptyLine
  };
}
var Composer = class {
  directives;
  doc = null;
  docs = [];
  options;
  atDirectives = false;
  prelude = [];
  errors = [];
  warnings = [];
  constructor(options = {}) {
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  onError = (source, code, message, warning) => {
    const pos = getErrorPos(source);
    if (warning) this.warnings.push(new YAMLWarning(pos, code, message));
    else this.errors.push(new YAMLParseError(pos, code, message));
  };
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.value;
      if (afterDoc) doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      else if (afterEmptyLine || doc.directives.docStart) doc.commentBefore = comment;
      else if (isCollection(dc) && !dc.flow && dc.size > 0) {
        let it = Array.isArray(dc) ? dc[0] : dc.values.values().next().value;
        if (it instanceof Pair) it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      Array.prototype.push.apply(doc.errors, this.errors);
      Array.prototype.push.apply(doc.warnings, this.warnings);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
  * Current stream status information.
  *
  * Mostly useful at the end of input for an empty stream.
  */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
  * Compose tokens into documents.
  *
  * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
  * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
  */
  compose(tokens, forceDoc = false, endOffset = -1) {
    this.docs = [];
    for (const token of tokens) this.next(token);
    return this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  next(token) {
    logToken(token);
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart) this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc) this.docs.push(this.doc);
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc) this.errors.push(error);
        else this.doc.errors.push(error);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", "Unexpected doc-end without preceding document"));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
  * Call at end of input to handle any remaining document.
  *
  * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
  * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
  */
  end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      this.docs.push(this.doc);
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives) this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [
        0,
        endOffset,
        endOffset
      ];
      this.decorate(doc, false);
      this.docs.push(doc);
    }
    return this.docs;
  }
};
var LineCounter = class {
  lineStarts = [];
  /**
  * Should be called in ascending order. Otherwise, call
  * `lineCounter.lineStarts.sort()` before calling `linePos()`.
  */
  addNewLine = (offset) => this.lineStarts.push(offset);
  /**
  * Performs a binary search and returns the 1-indexed { line, col }
  * position of `offset`. If `line === 0`, `addNewLine` has never been
  * called or `offset` is before the first known newline.
  */
  linePos = (offset) => {
    let low = 0;
    let high = this.lineStarts.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (this.lineStarts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    if (this.lineStarts[low] === offset) return {
      line: low + 1,
      col: 1
    };
    if (low === 0) return {
      line: 0,
      col: offset
    };
    const start = this.lineStarts[low - 1];
    return {
      line: low,
      col: offset - start + 1
    };
  };
};

// node_modules/yaml/dist/public-api-uicovB0N.js
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  return {
    lineCounter: options.lineCounter || prettyErrors && new LineCounter() || null,
    prettyErrors
  };
}
function parseAllDocuments(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  const docs = Array.from(composer.compose(parser.parse(source)));
  if (prettyErrors && lineCounter) for (const doc of docs) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  if (docs.length > 0) return docs;
  return Object.assign([], { empty: true }, composer.streamInfo());
}
function parseDocument(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  let doc = null;
  for (const _doc of composer.compose(parser.parse(source), true, source.length)) if (!doc) doc = _doc;
  else if (doc.options.logLevel !== "silent") {
    doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
    break;
  }
  if (prettyErrors && lineCounter) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  return doc;
}
function parse(src, reviver, options) {
  let _reviver = void 0;
  if (typeof reviver === "function") _reviver = reviver;
  else if (options === void 0 && reviver && typeof reviver === "object") options = reviver;
  const doc = parseDocument(src, options);
  if (!doc) return null;
  doc.warnings.forEach((warning) => warn(doc.options.logLevel, warning));
  if (doc.errors.length > 0) {
    if (doc.options.logLevel !== "silent") throw doc.errors[0];
    else doc.errors = [];
  }
  return doc.toJS(Object.assign({ reviver: _reviver }, options));
}

// src/source/yaml-nodes.ts
var isMap = (n) => n instanceof YAMLMap;
var isSeq = (n) => n instanceof YAMLSeq;
var isScalar = (n) => n instanceof Scalar;
var isAlias = (n) => n instanceof Alias;
function pairsOf(map2) {
  return [...map2.pairs()];
}
function pairAt(map2, key) {
  for (const p of map2.pairs()) if (isScalar(p.key) && String(p.key.value) === key) return p;
  return void 0;
}
function rootOf(doc) {
  return doc.value ?? null;
}
function nodeAt(root, path) {
  let node = root;
  for (const seg of path) {
    if (typeof seg === "number") node = isSeq(node) ? node[seg] : void 0;
    else node = isMap(node) ? pairAt(node, seg)?.value ?? void 0 : void 0;
    if (!node) return void 0;
  }
  return node ?? void 0;
}

// src/source/resources.ts
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isKubernetesObject(v) {
  return isPlainObject(v) && typeof v.kind === "string";
}
function resourcesOf(value, doc) {
  if (!isKubernetesObject(value)) return [];
  if (Array.isArray(value.items) && value.kind.endsWith("List")) {
    return value.items.flatMap(
      (item, i) => isKubernetesObject(item) ? [{ value: item, node: doc ? nodeAt(rootOf(doc), ["items", i]) ?? null : null }] : []
    );
  }
  return [{ value, node: doc ? rootOf(doc) : null }];
}
function sourceResources(parsed) {
  return parsed.documents.flatMap(({ doc, value }) => resourcesOf(value, doc));
}

// src/engine/custom-resources.ts
var TEMPLATE_SPEC = { podSpecs: ["spec.template.spec"] };
var rayCluster = (at) => [`${at}headGroupSpec.template.spec`, `${at}workerGroupSpecs[].template.spec`];
var replicaSpecs = (field) => ({ podSpecs: [`spec.${field}.*.template.spec`] });
function argoWorkflow(spec) {
  const both = (key) => [key, `/${spec}.${key}`];
  return {
    podLike: [
      { each: spec, pod: { volumes: ["volumes"] }, containers: [] },
      {
        each: `${spec}.templates[]`,
        pod: {
          securityContext: both("securityContext"),
          automountServiceAccountToken: both("automountServiceAccountToken"),
          hostNetwork: [`/${spec}.hostNetwork`],
          volumes: ["volumes"]
        },
        metadata: ["metadata", `/${spec}.podMetadata`],
        containers: [
          { at: "initContainers[]", group: "initContainers" },
          { at: "container", name: "main" },
          { at: "script", name: "main" },
          { at: "containerSet.containers[]" },
          { at: "sidecars[]" }
        ]
      }
    ]
  };
}
function tektonTask(each, metadata = []) {
  return {
    each,
    pod: { volumes: ["volumes"] },
    metadata,
    containers: [{ at: "steps[]", inherits: "stepTemplate" }, { at: "sidecars[]" }]
  };
}
function monitoring(keys) {
  return {
    podLike: [
      {
        each: "spec",
        pod: Object.fromEntries(["securityContext", "volumes", "hostUsers", ...keys].map((k) => [k, [k]])),
        metadata: ["podMetadata"],
        containers: [{ at: "initContainers[]", group: "initContainers" }, { at: "containers[]" }]
      }
    ]
  };
}
function spark(spec) {
  const role = (name, container) => ({
    each: `${spec}.${name}`,
    pod: {
      securityContext: ["podSecurityContext"],
      hostNetwork: ["hostNetwork"],
      shareProcessNamespace: ["shareProcessNamespace"],
      volumes: [`/${spec}.volumes`]
    },
    metadata: [""],
    containers: [{ at: "initContainers[]", group: "initContainers" }, { at: "", name: container }, { at: "sidecars[]" }]
  });
  return {
    podSpecs: [`${spec}.driver.template.spec`, `${spec}.executor.template.spec`],
    podLike: [role("driver", "spark-kubernetes-driver"), role("executor", "spark-kubernetes-executor")]
  };
}
var CUSTOM_KINDS = {
  "argoproj.io": {
    Rollout: TEMPLATE_SPEC,
    // a Rollout with workloadRef has no template: nothing to read
    Workflow: argoWorkflow("spec"),
    WorkflowTemplate: argoWorkflow("spec"),
    ClusterWorkflowTemplate: argoWorkflow("spec"),
    CronWorkflow: argoWorkflow("spec.workflowSpec")
  },
  "serving.knative.dev": { Service: TEMPLATE_SPEC, Configuration: TEMPLATE_SPEC },
  "keda.sh": { ScaledJob: { podSpecs: ["spec.jobTargetRef.template.spec"] } },
  "tekton.dev": {
    Task: { podLike: [tektonTask("spec")] },
    ClusterTask: { podLike: [tektonTask("spec")] },
    Pipeline: { podLike: [tektonTask("spec.tasks[].taskSpec", ["metadata"]), tektonTask("spec.finally[].taskSpec", ["metadata"])] }
  },
  "apps.kruise.io": { CloneSet: TEMPLATE_SPEC, StatefulSet: TEMPLATE_SPEC, DaemonSet: TEMPLATE_SPEC, BroadcastJob: TEMPLATE_SPEC },
  "monitoring.coreos.com": {
    Prometheus: monitoring(["hostNetwork", "automountServiceAccountToken"]),
    PrometheusAgent: monitoring(["hostNetwork", "automountServiceAccountToken"]),
    Alertmanager: monitoring(["hostNetwork", "automountServiceAccountToken"]),
    ThanosRuler: monitoring([])
  },
  "kubeflow.org": {
    PyTorchJob: replicaSpecs("pytorchReplicaSpecs"),
    TFJob: replicaSpecs("tfReplicaSpecs"),
    MPIJob: replicaSpecs("mpiReplicaSpecs"),
    XGBoostJob: replicaSpecs("xgbReplicaSpecs"),
    PaddleJob: replicaSpecs("paddleReplicaSpecs"),
    JAXJob: replicaSpecs("jaxReplicaSpecs")
  },
  "jobset.x-k8s.io": { JobSet: { podSpecs: ["spec.replicatedJobs[].template.spec.template.spec"] } },
  "ray.io": {
    RayCluster: { podSpecs: rayCluster("spec.") },
    RayJob: { podSpecs: [...rayCluster("spec.rayClusterSpec."), "spec.submitterPodTemplate.spec"] },
    RayService: { podSpecs: rayCluster("spec.rayClusterConfig.") }
  },
  "batch.volcano.sh": { Job: { podSpecs: ["spec.tasks[].template.spec"] } },
  "sparkoperator.k8s.io": { SparkApplication: spark("spec"), ScheduledSparkApplication: spark("spec.template") }
};
function groupOf(apiVersion) {
  return typeof apiVersion === "string" && apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
}
function customKind(apiVersion, kind, declared = []) {
  if (typeof kind !== "string" || typeof apiVersion !== "string") return void 0;
  const group = groupOf(apiVersion);
  const mine = declared.find((d) => d.kind === kind && (d.apiVersion === apiVersion || d.apiVersion === group));
  if (mine) return { podSpecs: mine.podSpecs };
  const known = CUSTOM_KINDS[group];
  return known && Object.hasOwn(known, kind) ? known[kind] : void 0;
}
function expand(root, pattern, base = [], objectsOnly = true) {
  let found = [{ path: base, value: valueAt(root, base) }];
  for (const seg of pattern === "" ? [] : pattern.split(".")) {
    const list = seg.endsWith("[]");
    const key = list ? seg.slice(0, -2) : seg;
    found = found.flatMap(({ path, value }) => {
      if (!isPlainObject(value)) return [];
      if (key === "*") return Object.entries(value).map(([k, v]) => ({ path: [...path, k], value: v }));
      const child = Object.hasOwn(value, key) ? value[key] : void 0;
      if (!list) return [{ path: [...path, key], value: child }];
      return Array.isArray(child) ? child.map((v, i) => ({ path: [...path, key, i], value: v })) : [];
    });
  }
  return found.filter((f) => !objectsOnly || isPlainObject(f.value)).map((f) => f.path);
}
function valueAt(root, path) {
  let node = root;
  for (const seg of path) node = isPlainObject(node) || Array.isArray(node) ? node[seg] : void 0;
  return node;
}
function placeOf(pattern, part) {
  return pattern.startsWith("/") ? { pattern: pattern.slice(1), base: [] } : { pattern, base: part };
}
var SEARCH_DEPTH = 12;
function podShapedPlaces(object) {
  const found = /* @__PURE__ */ new Set();
  const walk = (value, pattern, depth) => {
    if (depth > SEARCH_DEPTH) return;
    if (Array.isArray(value)) {
      const last = pattern.length - 1;
      const listed = last >= 0 && !pattern[last].endsWith("[]") ? [...pattern.slice(0, last), `${pattern[last]}[]`] : pattern;
      for (const item of value) walk(item, listed, depth + 1);
      return;
    }
    if (!isPlainObject(value)) return;
    const containers = value.containers;
    if (Array.isArray(containers) && containers.some((c) => isPlainObject(c) && typeof c.image === "string")) found.add(pattern.join("."));
    for (const [key, child] of Object.entries(value)) {
      if (key !== "metadata" && key !== "status") walk(child, [...pattern, key], depth + 1);
    }
  };
  walk(object, [], 0);
  return [...found].filter((p) => p !== "");
}
function collectUnread(into, objects, declared) {
  for (const { value } of objects) {
    const { apiVersion, kind } = value;
    if (typeof apiVersion !== "string" || typeof kind !== "string" || !groupOf(apiVersion).includes(".")) continue;
    if (customKind(apiVersion, kind, declared)) continue;
    const places = podShapedPlaces(value);
    if (places.length > 0) mergeUnread(into, { [`${groupOf(apiVersion)} ${kind}`]: { apiVersion, kind, count: 1, places } });
  }
}
function mergeUnread(into, from) {
  for (const [key, u] of Object.entries(from ?? {})) {
    const have = into[key];
    if (!have) into[key] = { ...u, places: [...u.places] };
    else {
      have.count += u.count;
      if (have.apiVersion !== u.apiVersion) have.apiVersion = groupOf(u.apiVersion);
      for (const p of u.places) if (!have.places.includes(p)) have.places.push(p);
    }
  }
  return into;
}
function unreadNotes(unread) {
  return Object.values(unread).sort((a, b) => `${a.apiVersion} ${a.kind}`.localeCompare(`${b.apiVersion} ${b.kind}`)).map((u) => {
    const objects = u.count === 1 ? "1 object" : `${u.count} objects`;
    const hold = u.count === 1 ? "holds" : "hold";
    const entry = `{apiVersion: ${u.apiVersion}, kind: ${u.kind}, podSpecs: [${u.places.join(", ")}]}`;
    return `${objects} of kind ${u.kind} (${u.apiVersion}) ${hold} pod templates podguard does not read; to check them, add to .podguard.yaml: customResources: [${entry}]`;
  });
}

// src/engine/defaults.ts
var DEFAULT_PROFILE = "hardened";
var SECURE_IDS = {
  runAsUser: 65532,
  runAsGroup: 65532,
  fsGroup: 65532
};
var FIX_DEFAULTS = {
  runAsUser: SECURE_IDS.runAsUser,
  runAsGroup: SECURE_IDS.runAsGroup
};

// src/engine/pod-view.ts
var POD_SPEC_PATHS = {
  Pod: ["spec"],
  PodTemplate: ["template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"]
};
var BUILTIN_GROUPS = /* @__PURE__ */ new Set(["", "apps", "batch", "extensions"]);
var WORKLOAD_KINDS = Object.keys(POD_SPEC_PATHS);
function podSpecPath(apiVersion, kind) {
  if (typeof kind !== "string" || !Object.hasOwn(POD_SPEC_PATHS, kind)) return void 0;
  const group = typeof apiVersion === "string" && apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  return BUILTIN_GROUPS.has(group) ? POD_SPEC_PATHS[kind] : void 0;
}
function hasPods(apiVersion, kind, declared) {
  return podSpecPath(apiVersion, kind) !== void 0 || customKind(apiVersion, kind, declared) !== void 0;
}
var CONTAINER_GROUPS = ["initContainers", "containers", "ephemeralContainers"];
var INHERITED = /* @__PURE__ */ new Set(["runAsUser", "runAsGroup", "runAsNonRoot", "seLinuxOptions", "seccompProfile", "appArmorProfile", "windowsOptions"]);
var UNPLACED = "\0unplaced";
function isPlaced(path) {
  return path[0] !== UNPLACED;
}
var ContainerView = class {
  constructor(pod, group, index, root, defaultName, template) {
    this.pod = pod;
    this.group = group;
    this.index = index;
    this.defaultName = defaultName;
    this.template = template;
    this.root = root;
  }
  pod;
  group;
  index;
  defaultName;
  template;
  root;
  /** For messages only: reading it is not a judgement, so an unknown or odd name is not reported. */
  get name() {
    const name = this.root.child("name").value;
    return typeof name === "string" ? name : this.defaultName ?? `${this.group}[${this.index}]`;
  }
  get path() {
    return this.root.path;
  }
  field(rel) {
    const own = this.root.child(rel);
    if (own.isSet || !this.template) return own;
    const inherited = this.template.child(rel);
    return inherited.isSet ? inherited : own;
  }
  /**
   * For a path in this container's own securityContext that a container inherits from the pod when unset (e.g.
   * securityContext.seccompProfile.type), the pod-level path it inherits from: a verdict there rests on both.
   */
  inheritedFrom(path) {
    const at = this.path.length;
    if (path.length < at + 2 || path[at] !== "securityContext" || !INHERITED.has(String(path[at + 1]))) return void 0;
    if (!this.path.every((seg, i) => path[i] === seg)) return void 0;
    return this.pod.placeOf(path.slice(at));
  }
  effective(key) {
    const own = this.field(`securityContext.${key}`);
    if (own.isSet) return { field: own, from: "container" };
    const inherited = this.pod.field(`securityContext.${key}`);
    if (inherited.isSet) return { field: inherited, from: "pod" };
    return { field: own, from: null };
  }
};
var PodView = class {
  constructor(resource, object, part, fixDefaults = FIX_DEFAULTS) {
    this.resource = resource;
    this.part = part;
    this.fixDefaults = fixDefaults;
    this.object = object;
    this.spec = object.child(part.spec ?? []);
    if (part.spec) {
      this.containers = CONTAINER_GROUPS.flatMap(
        (group) => this.spec.child(group).list().filter((c) => c.isObject()).map((c) => new ContainerView(this, group, c.path[c.path.length - 1], c))
      );
    } else {
      const own = part.containers ?? [];
      this.containers = own.map((c, i) => new ContainerView(this, c.group, i, object.child(c.path), c.name, c.inherits && object.child(c.inherits)));
    }
  }
  resource;
  part;
  fixDefaults;
  spec;
  containers;
  object;
  field(rel) {
    const fields = this.part.fields;
    if (!fields) return this.spec.child(rel);
    const [key, ...rest] = parsePath(rel);
    const places = Object.hasOwn(fields, key) ? fields[key] : [];
    if (places.length === 0) return new Field([UNPLACED, key], void 0, NO_OBSERVER).child(rest);
    const at = places.map((p) => this.object.child(p)).find((f) => f.isSet) ?? this.object.child(places[places.length - 1]);
    return at.child(rest);
  }
  /**
   * Where a pod-level field is (or would be written), without reading it: in the pod spec, or in the first place of
   * a pod-like part that sets it; undefined when the part cannot hold it.
   */
  placeOf(rel) {
    const fields = this.part.fields;
    if (!fields) return [...this.spec.path, ...rel];
    const [key, ...rest] = rel;
    const places = Object.hasOwn(fields, String(key)) ? fields[String(key)] : [];
    if (places.length === 0) return void 0;
    const at = places.find((p) => valueAt(this.object.value, p) != null) ?? places[places.length - 1];
    return [...at, ...rest];
  }
  /** The container a path lies in, if any. */
  containerOf(path) {
    return this.containers.find((c) => c.path.length <= path.length && c.path.every((seg, i) => path[i] === seg));
  }
  /**
   * The container a path is in, for findings: a container's name, or the name of the template containers inherit
   * from (a finding there is about every container that takes the value, and is fixed once, there).
   */
  containerAt(path) {
    const within = (prefix) => prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);
    const own = this.containers.find((c) => within(c.path));
    if (own) return own.name;
    const template = this.containers.find((c) => c.template && within(c.template.path))?.template;
    return template ? String(template.path[template.path.length - 1]) : null;
  }
  /** A securityContext field at pod level and in each container, with words naming where it is, for messages. */
  contexts(key) {
    return [
      { where: "The pod (spec.securityContext)", field: this.field(`securityContext.${key}`) },
      ...this.containers.map((c) => ({ where: `Container "${c.name}"`, field: c.field(`securityContext.${key}`) }))
    ];
  }
  /** Pod (template) annotations as [key, field] pairs; a key set in two places is the first place's. */
  annotations() {
    const seen = /* @__PURE__ */ new Map();
    for (const at of this.part.metadata) {
      const ann = this.object.child([...at, "annotations"]);
      if (!ann.isSet) continue;
      for (const k of ann.keys()) if (!seen.has(k)) seen.set(k, ann.child([k]));
    }
    return [...seen];
  }
  /** PSA's Windows test: exactly spec.os.name == "windows". */
  get isWindows() {
    return this.field("os.name").str() === "windows";
  }
  /** hostUsers: false runs the pod in a user namespace (KEP-127). */
  get userNamespaced() {
    return this.field("hostUsers").bool() === false;
  }
};
function placeName(path) {
  const last = path[path.length - 1];
  return typeof last === "number" ? `${String(path[path.length - 2])}[${last}]` : String(last);
}
var NO_OBSERVER = { mistyped() {
}, unknown() {
} };
function makePodViews(object, observer, resource, fixDefaults, declared) {
  const root = new Field([], object, observer);
  const defaults = { ...FIX_DEFAULTS, ...fixDefaults };
  return podParts(object, resource.apiVersion, resource.kind, declared).map((part) => new PodView(resource, root, part, defaults));
}
function podParts(object, apiVersion, kind, declared) {
  const builtIn = podSpecPath(apiVersion, kind);
  if (builtIn) return [{ spec: builtIn, metadata: [[...builtIn.slice(0, -1), "metadata"]] }];
  const custom = customKind(apiVersion, kind, declared);
  return custom ? customParts(object, custom) : [];
}
function customParts(object, custom) {
  const parts = (custom.podSpecs ?? []).flatMap((pattern) => expand(object, pattern).map((spec) => ({ spec, metadata: [[...spec.slice(0, -1), "metadata"]] })));
  for (const shape of custom.podLike ?? []) {
    for (const at of expand(object, shape.each)) {
      const paths = (pattern, objectsOnly) => {
        const { pattern: p, base } = placeOf(pattern, at);
        return expand(object, p, base, objectsOnly);
      };
      const fields = Object.fromEntries(Object.entries(shape.pod).map(([key, places]) => [key, places.flatMap((p) => paths(p, false))]));
      const containers = shape.containers.flatMap((c) => {
        const inherits = c.inherits === void 0 ? void 0 : paths(c.inherits, false)[0];
        return paths(c.at, true).map((path) => ({ group: c.group ?? "containers", path, name: c.name ?? placeName(path), inherits }));
      });
      parts.push({ fields, metadata: (shape.metadata ?? []).flatMap((p) => paths(p, false)), containers });
    }
  }
  return parts;
}

// src/source/decode.ts
var SNIFF = 8192;
function decode(bytes) {
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return fromUtf8(bytes.subarray(3));
  if (bytes[0] === 255 && bytes[1] === 254) return utf16(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 254 && bytes[1] === 255) return utf16(bytes.subarray(2), "utf-16be");
  const head = bytes.subarray(0, SNIFF);
  const nuls = { even: 0, odd: 0 };
  for (let i = 0; i < head.length; i++) if (head[i] === 0) nuls[i % 2 === 0 ? "even" : "odd"]++;
  if (nuls.even + nuls.odd > 0) {
    const half = head.length / 2;
    if (nuls.odd > half * 0.9 && nuls.even === 0) return utf16(bytes, "utf-16le");
    if (nuls.even > half * 0.9 && nuls.odd === 0) return utf16(bytes, "utf-16be");
    return { problem: "binary file (it contains NUL bytes), not a YAML or JSON manifest" };
  }
  return fromUtf8(bytes);
}
function fromUtf8(bytes) {
  const text2 = utf8(bytes);
  if (text2 !== void 0) return { text: text2, encoding: "utf-8" };
  return {
    text: new TextDecoder("latin1").decode(bytes),
    encoding: "latin1",
    problem: "not valid UTF-8; read as Latin-1. Kubernetes requires UTF-8: convert it with `iconv -f latin1 -t utf-8`"
  };
}
function utf8(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return void 0;
  }
}
function utf16(bytes, encoding) {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return { problem: `looks like ${encoding.toUpperCase()} but is not valid ${encoding.toUpperCase()}` };
  }
}

// src/source/locate.ts
function locate(root, path, lineCounter) {
  if (!root) return void 0;
  let node = root;
  let lastPair;
  let depth = 0;
  for (; depth < path.length && node; depth++) {
    const seg = path[depth];
    if (typeof seg === "number" && isSeq(node)) {
      const item = node[seg];
      if (!item) break;
      node = item;
      lastPair = void 0;
    } else if (typeof seg === "string" && isMap(node)) {
      const pair = pairAt(node, seg);
      if (!pair) break;
      lastPair = pair;
      node = pair.value ?? null;
      if (!node) {
        depth++;
        break;
      }
    } else break;
  }
  const exact = depth === path.length;
  if (!lastPair && node && isMap(node)) {
    const pairs2 = pairsOf(node);
    lastPair = pairs2.find((p) => isScalar(p.key) && p.key.value === "name") ?? pairs2[0];
  }
  const key = lastPair?.key;
  const value = lastPair?.value;
  const anchor = key?.range ?? node?.range;
  if (!anchor) return void 0;
  const start = anchor[0];
  const end = exact && value && isScalar(value) && value.range ? value.range[1] : anchor[1];
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(end);
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col, start, end, exact };
}
function aliasBlocking(root, path) {
  let node = root;
  for (let depth = 0; node; depth++) {
    if (isAlias(node)) return `${formatPath(path)} goes through the alias *${node.source}; edit the anchored node instead`;
    if (node.anchor) return `${formatPath(path)} is inside the anchor &${node.anchor}; editing it would change every alias of it too`;
    if (depth === path.length) return void 0;
    const seg = path[depth];
    if (typeof seg === "number") node = isSeq(node) ? node[seg] : void 0;
    else node = isMap(node) ? pairsOf(node).find((p) => isScalar(p.key) && p.key.value === seg)?.value : void 0;
  }
  return void 0;
}

// src/source/continuations.ts
var SHALLOW_LINE_ERRORS = /* @__PURE__ */ new Set(["MISSING_CHAR", "BAD_INDENT", "MULTILINE_IMPLICIT_KEY", "UNEXPECTED_TOKEN"]);
function readAsKubernetes(text2, strict, options) {
  const shallow = (d) => d.errors.length > 0 && SHALLOW_LINE_ERRORS.has(d.errors[0].code);
  if (!strict.some(shallow)) return strict;
  const copy = reindentContinuations(text2);
  if (!copy) return strict;
  const again = parseAllDocuments(copy.text, options);
  again.forEach((doc) => inOriginal(doc, copy.toOriginal));
  if (again.length === strict.length) {
    return strict.map((doc, i) => shallow(doc) && !shallow(again[i]) && again[i].range[0] === doc.range[0] ? again[i] : doc);
  }
  return again.some(shallow) ? strict : again;
}
function inOriginal(doc, at) {
  visit(doc, {
    Node(_, node) {
      if (node.range) node.range = [at(node.range[0]), at(node.range[1]), at(node.range[2])];
    }
  });
  doc.range = [at(doc.range[0]), at(doc.range[1]), at(doc.range[2])];
  for (const e of [...doc.errors, ...doc.warnings]) e.pos = [at(e.pos[0]), at(e.pos[1])];
}
function reindentContinuations(text2) {
  const insertions = new Scanner(text2).run();
  if (!insertions || insertions.length === 0) return void 0;
  let copy = "";
  let from = 0;
  const starts = [];
  for (const { at, spaces } of insertions) {
    copy += text2.slice(from, at);
    starts.push(copy.length);
    copy += " ".repeat(spaces);
    from = at;
  }
  copy += text2.slice(from);
  return {
    text: copy,
    toOriginal(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      let k = -1;
      while (lo <= hi) {
        const mid = lo + hi >> 1;
        if (starts[mid] <= offset) {
          k = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (k < 0) return offset;
      const into = offset - starts[k];
      if (into < insertions[k].spaces) return insertions[k].at;
      return insertions[k].at + into - insertions[k].spaces;
    }
  };
}
var Refused = class extends Error {
};
var Scanner = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  out = [];
  pos = 0;
  run() {
    try {
      this.blockLines();
      return this.out;
    } catch (e) {
      if (e instanceof Refused) return void 0;
      throw e;
    }
  }
  /** Block context, line by line. */
  blockLines() {
    const t = this.text;
    let plainOwner = -2;
    while (this.pos < t.length) {
      const lineStart = this.pos;
      const indent = this.spacesAt(lineStart);
      const first = lineStart + indent;
      if (this.blankFrom(first) || t[first] === "#") {
        this.pos = this.nextLine(lineStart);
        continue;
      }
      if (plainOwner > -2 && indent > plainOwner) {
        this.pos = this.nextLine(lineStart);
        continue;
      }
      plainOwner = -2;
      if (indent === 0 && t[first] === "%") {
        this.pos = this.nextLine(lineStart);
        continue;
      }
      const marker = this.isDocumentMarker(lineStart);
      this.pos = marker ? first + 3 : first;
      const end = this.blockLine(marker ? -1 : indent - 1);
      if (end.plain) plainOwner = end.column;
    }
  }
  /**
   * Scans from `pos` to the end of a block-context line (which, after a multi-line quoted scalar or flow
   * collection, is the line where it closes). Leaves `pos` at the start of the next line to read.
   */
  blockLine(owner) {
    const t = this.text;
    for (; ; ) {
      this.skipBlanks();
      const p = this.pos;
      const c = t[p];
      if (c === void 0 || c === "\n" || c === "\r" || c === "#") {
        this.pos = this.nextLine(p);
        return { plain: false, column: owner };
      }
      const next = t[p + 1];
      if ((c === "-" || c === "?" || c === ":") && isBlank(next)) {
        if (c !== ":") owner = this.column(p);
        this.pos = p + 1;
      } else if (c === "&" || c === "!" || c === "*") {
        while (this.pos < t.length && !isBlank(t[this.pos])) this.pos++;
      } else if (c === '"' || c === "'" || c === "[" || c === "{") {
        this.flowNode(this.column(p) + 1, owner);
        if (t[this.pos] === ":" && isBlank(t[this.pos + 1])) owner = this.column(p);
      } else if (c === "|" || c === ">") {
        this.skipBlockScalar(owner);
        return { plain: false, column: owner };
      } else {
        const key = this.plainInBlock();
        if (!key) {
          this.pos = this.nextLine(this.pos);
          return { plain: true, column: owner };
        }
        owner = this.column(p);
      }
    }
  }
  /** Steps over a plain scalar to its `:` indicator (returning true) or to its line's end or comment. */
  plainInBlock() {
    const t = this.text;
    for (; this.pos < t.length; this.pos++) {
      const c = t[this.pos];
      if (c === "\n" || c === "\r") return false;
      if (c === "#" && isBlank(t[this.pos - 1])) return false;
      if (c === ":" && isBlank(t[this.pos + 1])) {
        this.pos++;
        return true;
      }
    }
    return false;
  }
  /** Past a block scalar's header line and the content lines below it: blank, or indented deeper than `owner`. */
  skipBlockScalar(owner) {
    let p = this.nextLine(this.pos);
    while (p < this.text.length) {
      const indent = this.spacesAt(p);
      if (!this.blankFrom(p + indent) && (indent <= owner || this.isDocumentMarker(p))) break;
      p = this.nextLine(p);
    }
    this.pos = p;
  }
  /**
   * Steps over a quoted scalar or flow collection that opens at `pos`, indenting each line that continues it
   * to at least `target`. `owner` is the column of the block collection holding it.
   */
  flowNode(target, owner) {
    const t = this.text;
    const c = t[this.pos];
    if (c === '"' || c === "'") {
      this.quoted(target);
      return;
    }
    let depth = 0;
    let inPlain = false;
    while (this.pos < t.length) {
      const ch = t[this.pos];
      const next = t[this.pos + 1];
      if (ch === "\n") {
        this.pos++;
        if (inPlain && this.tabColumn(this.pos) <= owner) throw new Refused();
        this.continuationLine(target);
        continue;
      }
      if (ch === " " || ch === "	" || ch === "\r") {
        this.pos++;
        continue;
      }
      if (ch === "#" && isBlank(t[this.pos - 1])) {
        while (this.pos < t.length && t[this.pos] !== "\n") this.pos++;
        inPlain = false;
        continue;
      }
      if (ch === "[" || ch === "{") {
        depth++;
        inPlain = false;
      } else if (ch === "]" || ch === "}") {
        inPlain = false;
        if (--depth === 0) {
          this.pos++;
          return;
        }
      } else if (ch === ",") {
        inPlain = false;
      } else if (ch === ":" && (!inPlain || isBlank(next) || isFlowIndicator(next))) {
        inPlain = false;
      } else if ((ch === '"' || ch === "'") && !inPlain) {
        this.quoted(target);
        continue;
      } else {
        inPlain = true;
      }
      this.pos++;
    }
    throw new Refused();
  }
  /** Steps over a quoted scalar opening at `pos`. */
  quoted(target) {
    const t = this.text;
    const quote = t[this.pos++];
    while (this.pos < t.length) {
      const ch = t[this.pos];
      if (ch === "\\" && quote === '"') {
        if (t[this.pos + 1] === "\n") {
          this.pos += 2;
          this.continuationLine(target);
        } else this.pos += 2;
        continue;
      }
      if (ch === quote) {
        if (quote === "'" && t[this.pos + 1] === "'") {
          this.pos += 2;
          continue;
        }
        this.pos++;
        return;
      }
      this.pos++;
      if (ch === "\n") this.continuationLine(target);
    }
    throw new Refused();
  }
  /** At the start of a line inside a quoted scalar or flow collection: indent it to `target` if it is shallower. */
  continuationLine(target) {
    const p = this.pos;
    if (this.isDocumentMarker(p)) throw new Refused();
    const spaces = this.spacesAt(p);
    if (this.blankFrom(p + spaces) || spaces >= target) return;
    this.out.push({ at: p, spaces: target - spaces });
  }
  skipBlanks() {
    while (this.text[this.pos] === " " || this.text[this.pos] === "	") this.pos++;
  }
  /** The column of the first tab in the white space that starts the line at `p`, or Infinity. */
  tabColumn(p) {
    for (let i = p; i < this.text.length; i++) {
      if (this.text[i] === "	") return i - p;
      if (this.text[i] !== " ") break;
    }
    return Infinity;
  }
  spacesAt(p) {
    let n = 0;
    while (this.text[p + n] === " ") n++;
    return n;
  }
  /** Only white space from `p` to the end of its line. */
  blankFrom(p) {
    for (let i = p; i < this.text.length && this.text[i] !== "\n"; i++) {
      if (this.text[i] !== " " && this.text[i] !== "	" && this.text[i] !== "\r") return false;
    }
    return true;
  }
  nextLine(p) {
    const nl = this.text.indexOf("\n", p);
    return nl === -1 ? this.text.length : nl + 1;
  }
  column(p) {
    return p - (this.text.lastIndexOf("\n", p - 1) + 1);
  }
  /** `---` or `...` at a line's start, alone or followed by white space. */
  isDocumentMarker(lineStart) {
    const marker = this.text.slice(lineStart, lineStart + 3);
    return (marker === "---" || marker === "...") && isBlank(this.text[lineStart + 3]);
  }
};
function isBlank(c) {
  return c === void 0 || c === " " || c === "	" || c === "\n" || c === "\r";
}
function isFlowIndicator(c) {
  return c === "," || c === "[" || c === "]" || c === "{" || c === "}";
}

// src/source/parse.ts
var LIMITS = {
  /** Files above this are skipped (with a finding), not parsed. */
  maxFileBytes: 16 * 1024 * 1024,
  /** Real manifests nest about 15 deep; `yaml` recurses, and pathological depth costs seconds and gigabytes. */
  maxDepth: 500,
  /** Alias expansions per document before we call it a billion-laughs attack. */
  maxAliasCount: 1e3
};
function parseSource(text2) {
  const lineCounter = new LineCounter();
  const refusal = refuse(text2);
  if (refusal) {
    countLines(text2, lineCounter);
    return { documents: [], lineCounter, problems: [refusal] };
  }
  const problems = [];
  const documents = [];
  const options = { logLevel: "error", prettyErrors: false };
  const mayHoldTemplates = text2.includes("{{");
  let strict;
  try {
    strict = parseAllDocuments(quietEmptyDocuments(text2), { ...options, lineCounter });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const fresh = new LineCounter();
    countLines(text2, fresh);
    return { documents: [], lineCounter: fresh, problems: [{ message: `YAML could not be read: the parser ran out of stack (${e.message})`, range: [0, 1] }] };
  }
  for (const doc of readAsKubernetes(text2, strict, options)) {
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const template = doc.range ? templateMark(text2, doc.range[0], doc.range[2]) : void 0;
      problems.push(template !== void 0 ? helmProblem(template) : { message: syntaxMessage(e.code, e.message), range: [e.pos[0], e.pos[1]] });
      continue;
    }
    const braces = mayHoldTemplates ? templateBraces(doc, text2) : void 0;
    if (braces !== void 0) {
      problems.push(helmProblem(braces));
      continue;
    }
    try {
      documents.push({ doc, value: doc.toJS({ maxAliasCount: LIMITS.maxAliasCount }) });
    } catch (e) {
      problems.push({ message: aliasMessage(e), range: doc.range ? [doc.range[0], doc.range[1]] : void 0 });
    }
  }
  return { documents, lineCounter, problems };
}
var MARKER_RUN = /^---((?:[ \t]+#[^\r\n]*|[ \t]*)\r?\n)((?:---(?:[ \t]+#[^\r\n]*|[ \t]*)\r?\n){64,})(?=---)/gm;
function quietEmptyDocuments(text2) {
  return text2.replace(MARKER_RUN, (_, end, middle) => `---${end}${middle.replace(/^---/gm, "#--")}`);
}
function countLines(text2, lineCounter) {
  lineCounter.addNewLine(0);
  for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
}
function syntaxMessage(code, message) {
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  if (code === "RESOURCE_EXHAUSTION") return `YAML nested too deeply to read (${first})`;
  return `YAML syntax error: ${first}`;
}
function aliasMessage(e) {
  const text2 = e instanceof Error ? e.message : String(e);
  return /alias/i.test(text2) ? `YAML aliases expand to more than ${LIMITS.maxAliasCount} nodes (a "billion laughs" pattern); refusing to expand them` : `YAML could not be read: ${text2.split("\n")[0]}`;
}
var HELM_MESSAGE = "this is a Helm template, not YAML: scan its chart folder (podguard renders charts with helm), or render it first (`helm template <chart> | podguard scan -`)";
function helmProblem(at) {
  return { message: HELM_MESSAGE, range: [at, at + 2] };
}
function templateMark(text2, start, end) {
  const m = /^[ \t]*(?:- +)?(?:[\w.\/-]+: +)?\{\{/m.exec(text2.slice(start, end));
  return m ? start + m.index + m[0].length - 2 : void 0;
}
function templateBraces(doc, text2) {
  let at;
  visit(doc, {
    Map(_, node) {
      if (node.flow && node.range && text2.startsWith("{{", node.range[0]) && isMap(node)) {
        at = node.range[0];
        return visit.BREAK;
      }
      return void 0;
    }
  });
  return at;
}
function refuse(text2) {
  if (fewerThan(text2, "[{-?", LIMITS.maxDepth + 1)) return void 0;
  const depth = nestingDepth(text2);
  if (depth.depth > LIMITS.maxDepth) {
    return { message: `YAML nested more than ${LIMITS.maxDepth} levels deep; not read`, range: [depth.at, depth.at + 1] };
  }
  return void 0;
}
function fewerThan(text2, chars, limit) {
  let count = 0;
  for (const c of chars) {
    for (let i = text2.indexOf(c); i !== -1; i = text2.indexOf(c, i + 1)) if (++count >= limit) return false;
  }
  return true;
}
function nestingDepth(text2) {
  let flow = 0;
  let max = 0;
  let at = 0;
  let quote = 0;
  let lineStart = true;
  let compact = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) {
        if (quote === 39 && text2.charCodeAt(i + 1) === 39) i++;
        else quote = 0;
      } else if (c === 92 && quote === 34) i++;
      continue;
    }
    switch (c) {
      case 10:
        lineStart = true;
        compact = 0;
        continue;
      case 32:
      // space
      case 9:
        continue;
      case 35:
        if (i === 0 || text2.charCodeAt(i - 1) <= 32) {
          const nl = text2.indexOf("\n", i);
          i = nl === -1 ? text2.length : nl - 1;
        }
        continue;
      case 34:
      // '"'
      case 39:
        if (flow > 0 || lineStart || /[\s:,[{-]/.test(text2[i - 1] ?? " ")) quote = c;
        break;
      case 91:
      // '['
      case 123:
        flow++;
        break;
      case 93:
      // ']'
      case 125:
        if (flow > 0) flow--;
        break;
      case 45:
      // '-'
      case 63:
        if (lineStart && text2.charCodeAt(i + 1) === 32) {
          compact++;
          if (compact > max) {
            max = compact;
            at = i;
          }
          continue;
        }
        break;
    }
    lineStart = false;
    if (flow > max) {
      max = flow;
      at = i;
    }
  }
  return { depth: max, at };
}

// src/engine/rule.ts
var PROFILES = ["baseline", "restricted", "hardened"];
function defineRule(spec) {
  return spec;
}
function skippingWindowsPods(check) {
  return (pod, report) => {
    if (!pod.isWindows) check(pod, report);
  };
}
function skippingUserNamespacedPods(check) {
  return (pod, report) => {
    if (!pod.userNamespaced) check(pod, report);
  };
}
function formatMessage(template, data = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => key in data ? String(data[key]) : whole);
}

// src/rules/allow-privilege-escalation.ts
var allow_privilege_escalation_default = defineRule({
  id: "allow-privilege-escalation",
  summary: "Every container sets allowPrivilegeEscalation: false.",
  levels: { restricted: "error", hardened: "error" },
  pss: { check: "allowPrivilegeEscalation", level: "restricted" },
  versions: [
    { from: "1.8", check: noPrivilegeEscalation },
    { from: "1.25", check: skippingWindowsPods(noPrivilegeEscalation) }
  ],
  messages: {
    allowed: 'Container "{container}" allows privilege escalation (securityContext.allowPrivilegeEscalation is {value}); set it to false.',
    blocked: 'Container "{container}" allows privilege escalation (securityContext.allowPrivilegeEscalation is {value}), and the API server refuses false next to {blocker}: remove {blocker} first, then set allowPrivilegeEscalation to false.'
  },
  help: {
    why: "Unless it is false, a process can gain more privileges than its parent through setuid binaries or file capabilities.",
    fix: "Set securityContext.allowPrivilegeEscalation: false in every container (it must be explicit: unset means true); in a privileged container or one that adds SYS_ADMIN, remove that first, as the API server refuses the pair."
  },
  fixes: { safe: "unset", unsafe: "set to true" },
  risk: "high",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: true
        capabilities:
          drop: [ALL]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`
  }
});
function noPrivilegeEscalation(pod, report) {
  for (const c of pod.containers) {
    const f = c.field("securityContext.allowPrivilegeEscalation");
    const value = f.bool();
    if (value === false) continue;
    const data = { value: value === void 0 ? "not set" : "true" };
    const blocker = blockerOf(c);
    if (blocker) report({ message: "blocked", at: f, data: { ...data, blocker } });
    else report({ message: "allowed", at: f, data, fix: [f.set(false)], fixSafety: f.isSet ? "unsafe" : "safe" });
  }
}
function blockerOf(c) {
  if (c.field("securityContext.privileged").value === true) return "privileged: true";
  const added = c.field("securityContext.capabilities.add").items().find((cap) => cap === "SYS_ADMIN" || cap === "CAP_SYS_ADMIN");
  return added && `the added capability ${added}`;
}

// src/rules/app-armor-profile.ts
var app_armor_profile_default = defineRule({
  id: "app-armor-profile",
  summary: "No AppArmor profile is Unconfined or otherwise overrides the runtime default with something unsafe.",
  levels: { baseline: "error", restricted: "error", hardened: "error" },
  pss: { check: "appArmorProfile", level: "baseline" },
  versions: [{ from: "1.0", check: confinedByAppArmor }],
  messages: {
    field: "{where} sets appArmorProfile.type to {value}; use RuntimeDefault or Localhost.",
    annotation: 'Annotation {key} is {value}; use "runtime/default" or "localhost/<profile>", or better the appArmorProfile field.'
  },
  help: {
    why: "An Unconfined AppArmor profile removes the kernel's mandatory access control around the container.",
    fix: "Set securityContext.appArmorProfile.type to RuntimeDefault (or Localhost with a profile), or remove the override."
  },
  risk: "medium",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        appArmorProfile:
          type: Unconfined
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        appArmorProfile:
          type: RuntimeDefault
`
  }
});
var ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
var ALLOWED_TYPES = ["RuntimeDefault", "Localhost"];
function confinedByAppArmor(pod, report) {
  for (const [key, f] of pod.annotations()) {
    if (!key.startsWith(ANNOTATION_PREFIX)) continue;
    const value = f.str();
    if (value !== void 0 && !(value === "" || value === "runtime/default" || value.startsWith("localhost/"))) {
      report({ message: "annotation", at: f, data: { key, value: JSON.stringify(value) } });
    }
  }
  for (const { where, field: profile } of pod.contexts("appArmorProfile")) {
    if (!profile.isObject()) continue;
    const type = profile.child("type");
    const value = type.str() ?? "";
    if (!ALLOWED_TYPES.includes(value)) report({ message: "field", at: type.isSet ? type : profile, data: { where, value: JSON.stringify(value) } });
  }
}

// src/rules/automount-service-account-token.ts
var automount_service_account_token_default = defineRule({
  id: "automount-service-account-token",
  summary: "The pod mounts a Kubernetes API token only when it asks for one.",
  levels: { hardened: "warning" },
  versions: [{ from: "1.0", check: noDefaultToken }],
  messages: {
    mounted: "The pod gets a service-account token mounted (spec.automountServiceAccountToken is {value}); set it to false unless the app calls the Kubernetes API."
  },
  help: {
    why: "A mounted token lets anyone who compromises the container call the Kubernetes API with the service account's rights.",
    fix: "Set spec.automountServiceAccountToken: false; pods that need the API can keep it, ideally with a dedicated, minimal service account."
  },
  risk: "medium",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  automountServiceAccountToken: false
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`
  }
});
function noDefaultToken(pod, report) {
  const f = pod.field("automountServiceAccountToken");
  const value = f.bool();
  if (value !== false) report({ message: "mounted", at: f, data: { value: value === true ? "true" : "not set" } });
}

// src/rules/capabilities-baseline.ts
var capabilities_baseline_default = defineRule({
  id: "capabilities-baseline",
  summary: "Containers add no capability beyond the container runtime's default set.",
  levels: { baseline: "error", restricted: "error", hardened: "error" },
  pss: { check: "capabilities_baseline", level: "baseline" },
  versions: [{ from: "1.0", check: addsOnlyDefaults }],
  messages: {
    addsMore: 'Container "{container}" adds {added} in securityContext.capabilities.add; baseline allows only the runtime defaults ({allowed}). Remove them.'
  },
  help: {
    why: "Capabilities such as SYS_ADMIN, NET_ADMIN or SYS_PTRACE are slices of root that make escaping the container much easier.",
    fix: "Remove the capability from securityContext.capabilities.add; capability names are exact and upper case, without the CAP_ prefix."
  },
  fixes: "unsafe",
  risk: "high",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        capabilities:
          add: [SYS_ADMIN]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        capabilities:
          drop: [ALL]
          add: [NET_BIND_SERVICE]
`
  }
});
var DEFAULT_CAPABILITIES = [
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT"
];
function addsOnlyDefaults(pod, report) {
  for (const c of pod.containers) {
    const add = c.field("securityContext.capabilities.add");
    const added = add.items().filter((cap) => !DEFAULT_CAPABILITIES.includes(cap));
    if (added.length > 0) {
      report({
        message: "addsMore",
        at: add,
        data: { added: added.join(", "), allowed: DEFAULT_CAPABILITIES.join(", ") },
        // When nothing may stay, drop the key rather than leave `add: []`.
        fix: added.length === add.items().length ? [add.remove()] : added.map((cap) => add.removeItem(cap)),
        // The manifest asked for the capability; the app may need it.
        fixSafety: "unsafe"
      });
    }
  }
}

// src/rules/capabilities-restricted.ts
var capabilities_restricted_default = defineRule({
  id: "capabilities-restricted",
  summary: "Every container drops ALL capabilities and adds back none but NET_BIND_SERVICE.",
  levels: { restricted: "error", hardened: "error" },
  pss: { check: "capabilities_restricted", level: "restricted", replaces: "capabilities_baseline" },
  versions: [
    { from: "1.22", check: dropsAllAddsLittle },
    { from: "1.25", check: skippingWindowsPods(dropsAllAddsLittle) }
  ],
  messages: {
    keepsAll: 'Container "{container}" does not drop ALL capabilities (securityContext.capabilities.drop is {drop}); add "ALL" to it.',
    addsMore: 'Container "{container}" adds {added} in securityContext.capabilities.add; restricted allows only NET_BIND_SERVICE. Remove them.'
  },
  help: {
    why: "Each capability is a slice of root; a container that keeps none has little to abuse if it is compromised.",
    fix: 'Put "ALL" in securityContext.capabilities.drop and keep at most NET_BIND_SERVICE in securityContext.capabilities.add.'
  },
  fixes: "unsafe",
  risk: "medium",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [NET_RAW]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
          add: [NET_BIND_SERVICE]
`
  }
});
function dropsAllAddsLittle(pod, report) {
  for (const c of pod.containers) {
    const drop = c.field("securityContext.capabilities.drop");
    const dropped = drop.items();
    if (!dropped.includes("ALL")) {
      const shown = drop.isSet ? JSON.stringify(dropped) : "not set";
      report({ message: "keepsAll", at: drop, data: { drop: shown }, fix: [Array.isArray(drop.value) ? drop.append("ALL") : drop.set(["ALL"])], fixSafety: "unsafe" });
    }
    const add = c.field("securityContext.capabilities.add");
    const added = add.items().filter((cap) => cap !== "NET_BIND_SERVICE");
    if (added.length > 0) {
      const fix = added.length === add.items().length ? [add.remove()] : added.map((cap) => add.removeItem(cap));
      report({ message: "addsMore", at: add, data: { added: added.join(", ") }, fix, fixSafety: "unsafe" });
    }
  }
}

// src/rules/explicit-run-as-group.ts
var explicit_run_as_group_default = defineRule({
  id: "explicit-run-as-group",
  summary: "Every container runs with an explicit primary GID, set on the pod or the container.",
  levels: { hardened: "warning" },
  versions: [{ from: "1.0", check: skippingWindowsPods(explicitGid) }],
  messages: {
    unset: `Container "{container}" has no runAsGroup (not on the container, not in spec.securityContext), so its primary group is the image's, often GID 0 (root); set spec.securityContext.runAsGroup, e.g. to {gid}.`
  },
  help: {
    why: "When runAsGroup is unset the primary group comes from the image, usually GID 0, which owns many files on the node and in the image.",
    fix: `Set spec.securityContext.runAsGroup to a non-zero GID (${FIX_DEFAULTS.runAsGroup} pairs with the "nonroot" user).`
  },
  fixes: "unsafe",
  risk: "low",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
    runAsUser: 10001
    runAsGroup: 10001
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`
  }
});
function explicitGid(pod, report) {
  const podField = pod.field("securityContext.runAsGroup");
  for (const c of pod.containers) {
    const { field, from } = c.effective("runAsGroup");
    if (from === null) report({ message: "unset", at: field, data: { gid: pod.fixDefaults.runAsGroup }, fix: [podField.set(pod.fixDefaults.runAsGroup)], fixSafety: "unsafe" });
  }
}

// src/rules/explicit-run-as-user.ts
var explicit_run_as_user_default = defineRule({
  id: "explicit-run-as-user",
  summary: "Every container runs as an explicit non-zero UID, set on the pod or the container.",
  levels: { hardened: "warning" },
  versions: [{ from: "1.0", check: skippingWindowsPods(explicitUid) }],
  messages: {
    unset: 'Container "{container}" runs as whatever user its image names (runAsUser is not set on the container or in spec.securityContext); set spec.securityContext.runAsUser, e.g. to {uid}.'
  },
  help: {
    why: "Without runAsUser the image decides the UID; a non-numeric or root USER then either fails at start or runs as root.",
    fix: `Set spec.securityContext.runAsUser to a non-zero UID the image works with (${FIX_DEFAULTS.runAsUser} is the common "nonroot" user).`
  },
  fixes: "unsafe",
  risk: "low",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
    runAsUser: 10001
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`
  }
});
function explicitUid(pod, report) {
  const podField = pod.field("securityContext.runAsUser");
  for (const c of pod.containers) {
    const { field, from } = c.effective("runAsUser");
    if (from === null) report({ message: "unset", at: field, data: { uid: pod.fixDefaults.runAsUser }, fix: [podField.set(pod.fixDefaults.runAsUser)], fixSafety: "unsafe" });
  }
}

// src/rules/host-namespaces.ts
var host_namespaces_default = defineRule({
  id: "host-namespaces",
  summary: "The pod does not share the host's network, process or IPC namespace.",
  levels: { baseline: "error", restricted: "error", hardened: "error" },
  pss: { check: "hostNamespaces", level: "baseline" },
  versions: [{ from: "1.0", check: ownNamespaces }],
  messages: {
    shared: "The pod sets spec.{field}: true, sharing the node's {what}; set it to false or remove it."
  },
  help: {
    why: "A pod in the host's namespaces can see and reach the node's processes, network interfaces or shared memory.",
    fix: "Set hostNetwork, hostPID and hostIPC to false (or remove them); expose ports through a Service instead of the host network."
  },
  fixes: "unsafe",
  risk: "critical",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostPID: true
  containers:
    - name: app
      image: registry.example/web:1.0
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostPID: false
  containers:
    - name: app
      image: registry.example/web:1.0
`
  }
});
var WHAT = { hostNetwork: "network namespace", hostPID: "process namespace", hostIPC: "IPC namespace" };
function ownNamespaces(pod, report) {
  for (const [field, what] of Object.entries(WHAT)) {
    const f = pod.field(field);
    if (f.bool() === true) report({ message: "shared", at: f, data: { field, what }, fix: [f.set(false)], fixSafety: "unsafe" });
  }
}

// src/rules/host-path-volumes.ts
var host_path_volumes_default = defineRule({
  id: "host-path-volumes",
  summary: "The pod mounts no hostPath volume.",
  levels: { baseline: "error", restricted: "error", hardened: "error" },
  pss: { check: "hostPathVolumes", level: "baseline" },
  versions: [{ from: "1.0", check: noHostPath }],
  messages: {
    hostPath: `Volume "{volume}" mounts the node's path {hostPath}; use an emptyDir, a ConfigMap, a Secret or a PersistentVolumeClaim instead.`
  },
  help: {
    why: "A hostPath volume exposes the node's file system to the pod; a writable one is a direct route to the node.",
    fix: "Replace the hostPath volume with an emptyDir, ConfigMap, Secret, projected or PersistentVolumeClaim volume."
  },
  risk: "critical",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: docker
      hostPath:
        path: /var/run/docker.sock
  containers:
    - name: app
      image: registry.example/web:1.0
      volumeMounts:
        - name: docker
          mountPath: /var/run/docker.sock
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: scratch
      emptyDir: {}
  containers:
    - name: app
      image: registry.example/web:1.0
      volumeMounts:
        - name: scratch
          mountPath: /tmp
`
  }
});
function noHostPath(pod, report) {
  for (const v of pod.field("volumes").list()) {
    const hostPath = v.child("hostPath");
    if (hostPath.isSet) {
      const path = hostPath.child("path").value;
      report({
        message: "hostPath",
        at: hostPath,
        data: { volume: String(v.child("name").value ?? "?"), hostPath: typeof path === "string" ? JSON.stringify(path) : "(no path)" }
      });
    }
  }
}

// src/rules/host-ports.ts
var host_ports_default = defineRule({
  id: "host-ports",
  summary: "No container binds a port on the node's network interfaces.",
  levels: { baseline: "error", restricted: "error", hardened: "error" },
  pss: { check: "hostPorts", level: "baseline" },
  versions: [{ from: "1.0", check: noHostPorts }],
  messages: {
    hostPort: 'Container "{container}" binds hostPort {port} on the node; remove hostPort and expose the port through a Service.'
  },
  help: {
    why: "A host port bypasses network policy on the node and ties the pod to a node; it also limits scheduling.",
    fix: "Remove hostPort (keep containerPort) and reach the pod through a Service, an Ingress or a NodePort Service."
  },
  risk: "medium",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      ports:
        - containerPort: 8080
          hostPort: 8080
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      ports:
        - containerPort: 8080
`
  }
});
function noHostPorts(pod, report) {
  for (const c of pod.containers) {
    for (const port of c.field("ports").list()) {
      const hostPort = port.child("hostPort");
      const n = hostPort.int();
      if (n !== void 0 && n !== 0) report({ message: "hostPort", at: hostPort, data: { port: n } });
    }
  }
}

// src/rules/host-probes-and-host-lifecycle.ts
var host_probes_and_host_lifecycle_default = defineRule({
  id: "host-probes-and-host-lifecycle",
  summary: "Probes and lifecycle hooks target the pod itself, never another host.",
  levels: { baseline: "error", restricted: "error", hardened: "error" },
  pss: { check: "hostProbesAndHostLifecycle", level: "baseline" },
  versions: [{ from: "1.34", check: probesStayLocal }],
  messages: {
    host: `Container "{container}" sets {handler}.host to {value}; remove host so the kubelet checks the pod's own IP.`
  },
  help: {
    why: "The kubelet sends probe and hook requests from the node; a custom host lets a pod make the node reach other hosts.",
    fix: "Remove the host field from httpGet and tcpSocket probes and lifecycle handlers."
  },
  risk: "medium",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      livenessProbe:
        httpGet:
          host: 169.254.169.254
          path: /latest/meta-data/
          port: 80
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      livenessProbe:
        httpGet:
          path: /healthz
          port: 8080
`
  }
});
var HANDLERS = ["livenessProbe", "readinessProbe", "startupProbe", "lifecycle.postStart", "lifecycle.preStop"];
function probesStayLocal(pod, report) {
  for (const c of pod.containers) {
    for (const handler of HANDLERS) {
      for (const action of ["httpGet", "tcpSocket"]) {
        const host = c.field(`${handler}.${action}.host`);
        const value = host.str();
        if (value !== void 0 && value !== "") {
          report({ message: "host", at: host, data: { handler: `${handler}.${action}`, value: JSON.stringify(value) } });
        }
      }
    }
  }
}

// src/rules/expired-suppression.ts
var expired_suppression_default = defineRule({
  id: "expired-suppression",
  summary: "Suppressions are renewed or removed when they expire.",
  levels: { baseline: "warning", restricted: "warning", hardened: "warning" },
  engine: true,
  about: ["resource", "configuration"],
  versions: [],
  messages: {
    expired: "This suppression of {rule} expired on {until}, so the finding counts again; fix it, or renew the waiver with a new date and reason."
  },
  help: {
    why: "A waiver is a promise to come back; an expired one means the risk has outlived the plan to remove it.",
    fix: "Fix the finding and delete the suppression, or move its until= date with a fresh reason."
  },
  risk: "low",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        # podguard:ignore privileged until=2020-01-31 the GPU driver installer needs it
        privileged: true
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        # podguard:ignore privileged until=2999-12-31 the GPU driver installer needs it (GPU-12)
        privileged: true
`
  }
});

// src/rules/invalid-field.ts
var invalid_field_default = defineRule({
  id: "invalid-field",
  summary: "Pod security fields have the types the Kubernetes API requires.",
  levels: { baseline: "error", restricted: "error", hardened: "error" },
  engine: true,
  versions: [],
  messages: {
    mistyped: "{path} must be {expected}, not {actual}; the API server rejects this object, and podguard read the field as unset."
  },
  help: {
    why: 'A mistyped field (`runAsUser: "0"`, `containers: "x"`) makes the API server reject the object, and it hides what the author meant to enforce.',
    fix: "Write the field with the type the Kubernetes API reference gives (booleans and numbers unquoted, lists as lists)."
  },
  risk: "low",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        privileged: "false"
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        privileged: false
`
  }
});

// src/rules/invalid-suppression.ts
var invalid_suppression_default = defineRule({
  id: "invalid-suppression",
  summary: "Every suppression gives a reason and waives only a rule that may be waived.",
  levels: { baseline: "error", restricted: "error", hardened: "error" },
  engine: true,
  about: ["resource", "configuration"],
  versions: [],
  messages: {
    noReason: "This suppression of {rule} gives no reason, so it suppresses nothing; say why the risk is acceptable.",
    badDate: "This suppression of {rule} has until={until}, which is not a date (YYYY-MM-DD), so it suppresses nothing.",
    locked: "{rule} is locked by {lockedBy}: no suppression may waive it, so this one is ignored; fix the finding instead."
  },
  help: {
    why: "A waiver without a reason cannot be reviewed, and a locked rule is one the platform team forbids waiving.",
    fix: "Add a reason after the rule id (or as the annotation value), or fix the finding when the rule is locked."
  },
  risk: "low",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        # podguard:ignore privileged
        privileged: true
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        # podguard:ignore privileged the GPU driver installer needs it (GPU-12)
        privileged: true
`
  }
});

// src/rules/invalid-yaml.ts
var invalid_yaml_default = defineRule({
  id: "invalid-yaml",
  summary: "The file can be read as YAML or JSON manifests.",
  levels: { baseline: "error", restricted: "error", hardened: "error" },
  engine: true,
  about: ["file"],
  versions: [],
  messages: { unreadable: "Could not read this file: {reason}." },
  help: {
    why: "A file podguard cannot parse is a file nobody has checked, and the API server would refuse it too.",
    fix: "Correct the syntax at the reported position (or render templates first, e.g. `helm template`), then scan again."
  },
  risk: "low",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      ports: [{containerPort: 8080}
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      ports: [{containerPort: 8080}]
`
  }
});

// src/rules/misplaced-field.ts
var misplaced_field_default = defineRule({
  id: "misplaced-field",
  summary: "Security settings sit where Kubernetes reads them, not at a level that ignores them.",
  levels: { hardened: "error" },
  versions: [{ from: "1.0", check: fieldsWhereTheyApply }],
  messages: {
    containerOnly: "spec.securityContext.{key} has no effect: {key} exists only in a container's securityContext; move it into each container.",
    podOnly: `Container "{container}" sets securityContext.{key}, which exists only in the pod's spec.securityContext; move it there.`,
    outside: "{where} sets {key} outside any securityContext, where Kubernetes ignores it; move it under {target}."
  },
  help: {
    why: "A security setting at the wrong level looks protective in review but is ignored (or makes the API server reject the object).",
    fix: "Move the field to the securityContext that has it: container-only fields into each container, pod-only fields into spec.securityContext."
  },
  fixes: { safe: "the value is moved where it takes effect", unsafe: "a weakening value is only deleted" },
  risk: "medium",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
    allowPrivilegeEscalation: false
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`
  }
});
var CONTAINER_ONLY = ["allowPrivilegeEscalation", "capabilities", "privileged", "procMount", "readOnlyRootFilesystem"];
var POD_ONLY = ["fsGroup", "fsGroupChangePolicy", "supplementalGroups", "supplementalGroupsPolicy", "sysctls", "seLinuxChangePolicy"];
var SHARED = ["runAsUser", "runAsGroup", "runAsNonRoot", "seLinuxOptions", "seccompProfile", "appArmorProfile", "windowsOptions"];
function fieldsWhereTheyApply(pod, report) {
  const inEachContainer = (key) => pod.containers.map((c) => c.field(`securityContext.${key}`));
  const podContext = pod.field("securityContext");
  if (podContext.isObject()) {
    for (const key of CONTAINER_ONLY) {
      const f = podContext.child([key]);
      if (f.isSet) report({ message: "containerOnly", at: f, data: { key }, ...move(f, inEachContainer(key)) });
    }
  }
  for (const key of [...CONTAINER_ONLY, ...POD_ONLY, ...SHARED]) {
    const f = pod.field(key);
    if (!f.isSet) continue;
    const containerOnly = CONTAINER_ONLY.includes(key);
    const target = containerOnly ? "each container's securityContext" : "spec.securityContext";
    const moved = move(f, containerOnly ? inEachContainer(key) : [pod.field(`securityContext.${key}`)]);
    report({ message: "outside", at: f, data: { where: "The pod spec", key, target }, ...moved });
  }
  for (const c of pod.containers) {
    const context = c.field("securityContext");
    if (context.isObject()) {
      for (const key of POD_ONLY) {
        const f = context.child([key]);
        if (f.isSet) report({ message: "podOnly", at: f, data: { key }, ...move(f, [pod.field(`securityContext.${key}`)]) });
      }
    }
    for (const key of [...CONTAINER_ONLY, ...SHARED, ...POD_ONLY]) {
      const f = c.field(key);
      if (!f.isSet) continue;
      const podOnly = POD_ONLY.includes(key);
      const moved = move(f, [podOnly ? pod.field(`securityContext.${key}`) : c.field(`securityContext.${key}`)]);
      report({ message: "outside", at: f, data: { where: `Container "${c.name}"`, key, target: podOnly ? "spec.securityContext" : "securityContext" }, ...moved });
    }
  }
}
function move(from, targets) {
  const key = String(from.path[from.path.length - 1]);
  if (!safeToMove(key, from.value)) return { fix: [from.remove()], fixSafety: "unsafe" };
  return { fix: [...targets.filter((t) => !t.isSet).map((t) => t.set(from.value)), from.remove()], fixSafety: "safe" };
}
function safeToMove(key, value) {
  const positive = (v) => Number.isInteger(v) && v > 0;
  switch (key) {
    case "allowPrivilegeEscalation":
    case "privileged":
      return value === false;
    case "readOnlyRootFilesystem":
    case "runAsNonRoot":
      return value === true;
    case "procMount":
      return value === "Default";
    case "runAsUser":
    case "runAsGroup":
    case "fsGroup":
      return positive(value);
    case "supplementalGroups":
      return Array.isArray(value) && value.every(positive);
    case "capabilities": {
      const add = value?.add;
      return typeof value === "object" && value !== null && (add === void 0 || Array.isArray(add) && add.length === 0);
    }
    case "seccompProfile":
    case "appArmorProfile": {
      const type = value?.type;
      return type === "RuntimeDefault" || type === "Localhost";
    }
    default:
      return false;
  }
}

// src/rules/privileged.ts
var privileged_default = defineRule({
  id: "privileged",
  summary: "No container runs privileged.",
  levels: { baseline: "error", restricted: "error", hardened: "error" },
  pss: { check: "privileged", level: "baseline" },
  versions: [{ from: "1.0", check: notPrivileged }],
  messages: {
    privileged: `Container "{container}" sets securityContext.privileged: true, which gives it every capability and the host's devices; set it to false or remove it.`
  },
  help: {
    why: "A privileged container has all capabilities and access to the host devices: escaping to the node is trivial.",
    fix: "Set securityContext.privileged to false (or remove it) and grant only the specific capabilities the container needs."
  },
  fixes: "unsafe",
  risk: "critical",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        privileged: true
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        privileged: false
`
  }
});
function notPrivileged(pod, report) {
  for (const c of pod.containers) {
    const f = c.field("securityContext.privileged");
    if (f.bool() === true) report({ message: "privileged", at: f, fix: [f.set(false)], fixSafety: "unsafe" });
  }
}

// src/rules/proc-mount.ts
var proc_mount_default = defineRule({
  id: "proc-mount",
  summary: "Containers keep the default masked /proc, unless the pod runs in a user namespace.",
  levels: { baseline: "error", restricted: "error", hardened: "error" },
  pss: { check: "procMount", level: "baseline" },
  versions: [
    { from: "1.0", check: defaultProcMount },
    // 1.35: in a user namespace (hostUsers: false) an unmasked /proc no longer reaches the host (KEP-127).
    { from: "1.35", check: skippingUserNamespacedPods(defaultProcMount) }
  ],
  messages: {
    unmasked: 'Container "{container}" sets securityContext.procMount to {value}; remove it or set it to Default.'
  },
  help: {
    why: "An unmasked /proc exposes kernel interfaces that the runtime normally hides from containers.",
    fix: "Remove securityContext.procMount or set it to Default."
  },
  fixes: "unsafe",
  risk: "high",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        procMount: Unmasked
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        procMount: Default
`
  }
});
function defaultProcMount(pod, report) {
  for (const c of pod.containers) {
    const f = c.field("securityContext.procMount");
    const value = f.str();
    if (value !== void 0 && value !== "Default") {
      report({ message: "unmasked", at: f, data: { value: JSON.stringify(value) }, fix: [f.set("Default")], fixSafety: "unsafe" });
    }
  }
}

// src/rules/proc-mount-restricted.ts
var proc_mount_restricted_default = defineRule({
  id: "proc-mount-restricted",
  summary: "Containers keep the default masked /proc, even in a user namespace.",
  levels: { restricted: "error", hardened: "error" },
  pss: { check: "procMount_restricted", level: "restricted", replaces: "procMount" },
  versions: [{ from: "1.35", check: defaultProcMount }],
  messages: {
    unmasked: 'Container "{container}" sets securityContext.procMount to {value}; remove it or set it to Default.'
  },
  help: {
    why: "Restricted keeps /proc masked even in a user namespace, as defence in depth.",
    fix: "Remove securityContext.procMount or set it to Default."
  },
  fixes: "unsafe",
  risk: "medium",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  hostUsers: false
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
        procMount: Unmasked
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  hostUsers: false
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`
  }
});

// src/rules/read-only-root-filesystem.ts
var read_only_root_filesystem_default = defineRule({
  id: "read-only-root-filesystem",
  summary: "Every container's root file system is read-only.",
  levels: { hardened: "warning" },
  versions: [{ from: "1.0", check: skippingWindowsPods(readOnlyRoot) }],
  messages: {
    writable: 'Container "{container}" has a writable root file system (securityContext.readOnlyRootFilesystem is {value}); set it to true and mount an emptyDir where the app writes.'
  },
  help: {
    why: "A writable root file system lets an attacker drop tools or change binaries inside the container.",
    fix: "Set securityContext.readOnlyRootFilesystem: true and mount emptyDir volumes at the paths the app writes to (e.g. /tmp)."
  },
  fixes: "unsafe",
  risk: "medium",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  volumes:
    - name: tmp
      emptyDir: {}
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
        readOnlyRootFilesystem: true
      volumeMounts:
        - name: tmp
          mountPath: /tmp
`
  }
});
function readOnlyRoot(pod, report) {
  for (const c of pod.containers) {
    const f = c.field("securityContext.readOnlyRootFilesystem");
    const value = f.bool();
    if (value !== true) report({ message: "writable", at: f, data: { value: value === false ? "false" : "not set" }, fix: [f.set(true)], fixSafety: "unsafe" });
  }
}

// src/rules/restricted-volumes.ts
var restricted_volumes_default = defineRule({
  id: "restricted-volumes",
  summary: "Volumes are of the safe kinds only: configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret.",
  levels: { restricted: "error", hardened: "error" },
  pss: { check: "restrictedVolumes", level: "restricted", replaces: "hostPathVolumes" },
  versions: [{ from: "1.0", check: safeVolumeKinds }],
  messages: {
    forbidden: 'Volume "{volume}" is a {source} volume; restricted allows only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret volumes. Use a PersistentVolumeClaim for storage.'
  },
  help: {
    why: "Volume kinds other than the listed ones mount node paths or storage the cluster admin has not vetted through a PersistentVolume.",
    fix: "Replace the volume with a persistentVolumeClaim (for storage), an emptyDir (for scratch), a configMap/secret/projected volume, or an image volume for read-only content shipped as an OCI image."
  },
  risk: "medium",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  volumes:
    - name: data
      nfs:
        server: nfs.example
        path: /exports/web
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: web-data
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`
  }
});
var ALLOWED = ["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret"];
var FORBIDDEN = [
  "hostPath",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "nfs",
  "iscsi",
  "glusterfs",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "fc",
  "azureFile",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "portworxVolume",
  "scaleIO",
  "storageos"
];
function safeVolumeKinds(pod, report) {
  for (const v of pod.field("volumes").list()) {
    if (!v.isObject()) continue;
    if (ALLOWED.some((k) => v.child(k).isSet)) continue;
    const source = FORBIDDEN.find((k) => v.child(k).isSet);
    if (source) report({ message: "forbidden", at: v.child(source), data: { volume: String(v.child("name").value ?? "?"), source } });
  }
}

// src/rules/root-group.ts
var root_group_default = defineRule({
  id: "root-group",
  summary: "No process or volume is given GID 0 (the root group) through runAsGroup, fsGroup or supplementalGroups.",
  levels: { hardened: "error" },
  versions: [{ from: "1.0", check: noRootGroup }],
  messages: {
    zero: "{where} sets {field} to 0, the root group; use a non-zero GID."
  },
  help: {
    why: "GID 0 owns many files on the node and in images; a process in the root group can read or change them.",
    fix: "Use a non-zero GID in runAsGroup, fsGroup and supplementalGroups."
  },
  risk: "medium",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
    runAsGroup: 0
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
    runAsGroup: 10001
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`
  }
});
function noRootGroup(pod, report) {
  const podWhere = "The pod (spec.securityContext)";
  for (const field of ["runAsGroup", "fsGroup"]) {
    const f = pod.field(`securityContext.${field}`);
    if (f.int() === 0) report({ message: "zero", at: f, data: { where: podWhere, field } });
  }
  for (const g of pod.field("securityContext.supplementalGroups").list()) {
    if (g.int() === 0) report({ message: "zero", at: g, data: { where: podWhere, field: "supplementalGroups" } });
  }
  for (const c of pod.containers) {
    const f = c.field("securityContext.runAsGroup");
    if (f.int() === 0) report({ message: "zero", at: f, data: { where: `Container "${c.name}"`, field: "runAsGroup" } });
  }
}

// src/rules/run-as-non-root.ts
var run_as_non_root_default = defineRule({
  id: "run-as-non-root",
  summary: "Every container must run as non-root: runAsNonRoot is true on the pod or on each container.",
  levels: { restricted: "error", hardened: "error" },
  pss: { check: "runAsNonRoot", level: "restricted" },
  versions: [
    { from: "1.0", check: nonRoot },
    // 1.35: root in a user namespace (hostUsers: false) maps to an unprivileged user on the node (KEP-127).
    { from: "1.35", check: skippingUserNamespacedPods(nonRoot) }
  ],
  messages: {
    podFalse: "The pod sets spec.securityContext.runAsNonRoot: false; set it to true.",
    containerFalse: 'Container "{container}" sets securityContext.runAsNonRoot: false; set it to true or remove it (the pod sets true).',
    missing: 'Container "{container}" may run as root: runAsNonRoot is not set on the container or in spec.securityContext; set spec.securityContext.runAsNonRoot: true.'
  },
  help: {
    why: "A container running as UID 0 is root on the node once it escapes; runAsNonRoot makes the kubelet refuse to start it as root.",
    fix: "Set spec.securityContext.runAsNonRoot: true (and a non-zero runAsUser if the image has no numeric USER)."
  },
  fixes: { safe: "unset and each container it reaches runs as a known non-zero UID", unsafe: "false, or no non-root UID is known" },
  risk: "high",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`
  }
});
function nonRoot(pod, report) {
  const own = pod.field("securityContext.runAsNonRoot");
  const podValue = own.bool();
  if (podValue === false) report({ message: "podFalse", at: own, fix: [own.set(true)], fixSafety: "unsafe" });
  const inheriting = pod.containers.filter((c) => !c.field("securityContext.runAsNonRoot").isSet);
  const knownNonRoot = inheriting.every((c) => {
    const uid = c.effective("runAsUser").field.value;
    return Number.isInteger(uid) && uid > 0;
  });
  for (const c of pod.containers) {
    const f = c.field("securityContext.runAsNonRoot");
    const value = f.bool();
    if (value === false) report({ message: "containerFalse", at: f, fix: [f.set(true)], fixSafety: "unsafe" });
    else if (value === void 0 && podValue === void 0) {
      report({ message: "missing", at: f, fix: [own.set(true)], fixSafety: knownNonRoot ? "safe" : "unsafe" });
    }
  }
}

// src/rules/run-as-user.ts
var run_as_user_default = defineRule({
  id: "run-as-user",
  summary: "Neither the pod nor any container sets runAsUser: 0.",
  levels: { restricted: "error", hardened: "error" },
  pss: { check: "runAsUser", level: "restricted" },
  versions: [
    { from: "1.23", check: notUidZero },
    // 1.35: UID 0 in a user namespace (hostUsers: false) is not root on the node (KEP-127).
    { from: "1.35", check: skippingUserNamespacedPods(notUidZero) }
  ],
  messages: {
    pod: "The pod sets spec.securityContext.runAsUser: 0 (root); set a non-zero UID such as {uid}.",
    container: 'Container "{container}" sets securityContext.runAsUser: 0 (root); set a non-zero UID such as {uid}.'
  },
  help: {
    why: "UID 0 is root: once out of the container it is root on the node.",
    fix: `Set runAsUser to a non-zero UID the image works with (${SECURE_IDS.runAsUser} is the common "nonroot" user).`
  },
  risk: "high",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
    runAsUser: 0
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
    runAsUser: 10001
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`
  }
});
function notUidZero(pod, report) {
  const own = pod.field("securityContext.runAsUser");
  const data = { uid: pod.fixDefaults.runAsUser };
  if (own.int() === 0) report({ message: "pod", at: own, data });
  for (const c of pod.containers) {
    const f = c.field("securityContext.runAsUser");
    if (f.int() === 0) report({ message: "container", at: f, data });
  }
}

// src/rules/se-linux-options.ts
var se_linux_options_default = defineRule({
  id: "se-linux-options",
  summary: "SELinux options set no custom user or role and only a container type.",
  levels: { baseline: "error", restricted: "error", hardened: "error" },
  pss: { check: "seLinuxOptions", level: "baseline" },
  versions: [
    { from: "1.0", check: containerTypesOnly(["container_t", "container_init_t", "container_kvm_t"]) },
    // 1.31 allows container_engine_t, the type for container engines running in a pod.
    { from: "1.31", check: containerTypesOnly(["container_t", "container_init_t", "container_kvm_t", "container_engine_t"]) }
  ],
  messages: {
    type: "{where} sets seLinuxOptions.type to {value}; allowed are {allowed} (or leave it unset).",
    userOrRole: "{where} sets seLinuxOptions.{key} to {value}; remove it, custom SELinux users and roles are not allowed."
  },
  help: {
    why: "A custom SELinux user, role or type can lift the policy that confines the container's processes.",
    fix: "Remove seLinuxOptions.user and seLinuxOptions.role, and leave seLinuxOptions.type unset or set it to container_t."
  },
  risk: "high",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        seLinuxOptions:
          type: spc_t
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        seLinuxOptions:
          type: container_t
`
  }
});
function containerTypesOnly(allowed) {
  return function selinuxConfined(pod, report) {
    for (const { where, field: options } of pod.contexts("seLinuxOptions")) {
      if (!options.isObject()) continue;
      const type = options.child("type");
      const value = type.str();
      if (value !== void 0 && value !== "" && !allowed.includes(value)) {
        report({ message: "type", at: type, data: { where, value: JSON.stringify(value), allowed: allowed.join(", ") } });
      }
      for (const key of ["user", "role"]) {
        const f = options.child(key);
        const v = f.str();
        if (v !== void 0 && v !== "") report({ message: "userOrRole", at: f, data: { where, key, value: JSON.stringify(v) } });
      }
    }
  };
}

// src/rules/seccomp-profile-baseline.ts
var seccomp_profile_baseline_default = defineRule({
  id: "seccomp-profile-baseline",
  summary: "No seccomp profile is explicitly Unconfined.",
  levels: { baseline: "error", restricted: "error", hardened: "error" },
  pss: { check: "seccompProfile_baseline", level: "baseline" },
  versions: [
    { from: "1.0", check: annotationsNotUnconfined },
    { from: "1.19", check: fieldsNotUnconfined }
  ],
  messages: {
    annotation: 'Annotation {key} is {value}; use "runtime/default" or "localhost/<profile>".',
    field: "{where} sets seccompProfile.type to {value}; use RuntimeDefault or Localhost."
  },
  help: {
    why: "Without a seccomp profile every system call reaches the kernel, including the rarely used ones most kernel exploits need.",
    fix: "Set securityContext.seccompProfile.type to RuntimeDefault (or Localhost with a profile) instead of Unconfined."
  },
  fixes: { safe: "the profile has no type", unsafe: "the type is set" },
  risk: "high",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    seccompProfile:
      type: Unconfined
  containers:
    - name: app
      image: registry.example/web:1.0
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example/web:1.0
`
  }
});
var SECCOMP_TYPES = ["RuntimeDefault", "Localhost"];
var POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
var CONTAINER_ANNOTATION = "container.seccomp.security.alpha.kubernetes.io/";
function validAnnotation(value) {
  return value === "runtime/default" || value === "docker/default" || value.startsWith("localhost/");
}
function annotationsNotUnconfined(pod, report) {
  const annotations = new Map(pod.annotations());
  const keys = [POD_ANNOTATION, ...pod.containers.map((c) => CONTAINER_ANNOTATION + c.name)];
  for (const key of keys) {
    const f = annotations.get(key);
    const value = f?.str();
    if (f && value !== void 0 && !validAnnotation(value)) report({ message: "annotation", at: f, data: { key, value: JSON.stringify(value) } });
  }
}
function fieldsNotUnconfined(pod, report) {
  for (const { where, field: profile } of pod.contexts("seccompProfile")) {
    if (!profile.isObject()) continue;
    const type = profile.child("type");
    const value = type.str() ?? "";
    if (!SECCOMP_TYPES.includes(value)) {
      report({ message: "field", at: type.isSet ? type : profile, data: { where, value: JSON.stringify(value) }, fix: [type.set("RuntimeDefault")], fixSafety: type.isSet ? "unsafe" : "safe" });
    }
  }
}

// src/rules/seccomp-profile-restricted.ts
var seccomp_profile_restricted_default = defineRule({
  id: "seccomp-profile-restricted",
  summary: "Every container runs with the RuntimeDefault or a Localhost seccomp profile, set on the pod or the container.",
  levels: { restricted: "error", hardened: "error" },
  pss: { check: "seccompProfile_restricted", level: "restricted", replaces: "seccompProfile_baseline" },
  versions: [
    { from: "1.19", check: seccompConfined },
    { from: "1.25", check: skippingWindowsPods(seccompConfined) }
  ],
  messages: {
    badPod: "The pod sets spec.securityContext.seccompProfile.type to {value}; set it to RuntimeDefault or Localhost.",
    badContainer: 'Container "{container}" sets securityContext.seccompProfile.type to {value}; set it to RuntimeDefault or Localhost.',
    missing: 'Container "{container}" has no seccomp profile (none on the container, none in spec.securityContext); set spec.securityContext.seccompProfile.type: RuntimeDefault.'
  },
  help: {
    why: "Without a seccomp profile every system call reaches the kernel, including the rarely used ones most kernel exploits need.",
    fix: "Set spec.securityContext.seccompProfile.type to RuntimeDefault for the whole pod; a container may override it with Localhost."
  },
  fixes: { safe: "no profile is set", unsafe: "another type is set" },
  risk: "medium",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`
  }
});
function seccompConfined(pod, report) {
  const podProfile = pod.field("securityContext.seccompProfile");
  let podSet = false;
  if (podProfile.isObject()) {
    const type = podProfile.child("type");
    const value = type.str() ?? "";
    if (SECCOMP_TYPES.includes(value)) podSet = true;
    else report({ message: "badPod", at: type.isSet ? type : podProfile, data: { value: JSON.stringify(value) }, fix: [type.set("RuntimeDefault")], fixSafety: type.isSet ? "unsafe" : "safe" });
  }
  for (const c of pod.containers) {
    const profile = c.field("securityContext.seccompProfile");
    if (profile.isObject()) {
      const type = profile.child("type");
      const value = type.str() ?? "";
      if (!SECCOMP_TYPES.includes(value)) {
        report({ message: "badContainer", at: type.isSet ? type : profile, data: { value: JSON.stringify(value) }, fix: [type.set("RuntimeDefault")], fixSafety: type.isSet ? "unsafe" : "safe" });
      }
    } else if (!podSet) {
      const fix = podProfile.isSet ? void 0 : [podProfile.set({ type: "RuntimeDefault" })];
      report({ message: "missing", at: profile, fix, fixSafety: "safe" });
    }
  }
}

// src/rules/share-process-namespace.ts
var share_process_namespace_default = defineRule({
  id: "share-process-namespace",
  summary: "Containers do not share one process namespace, so they cannot see or signal each other's processes.",
  levels: { hardened: "warning" },
  versions: [{ from: "1.0", check: ownProcessNamespace }],
  messages: {
    shared: "The pod sets spec.shareProcessNamespace: true: every container can see, signal and read the file systems (/proc/<pid>/root) of the others; remove it unless a debugging sidecar needs it."
  },
  help: {
    why: "With a shared process namespace a compromised container can read another container's files and environment through /proc.",
    fix: "Remove spec.shareProcessNamespace (or set it to false); use ephemeral debug containers when you need to inspect a pod."
  },
  risk: "low",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  shareProcessNamespace: true
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`
  }
});
function ownProcessNamespace(pod, report) {
  const f = pod.field("shareProcessNamespace");
  if (f.bool() === true) report({ message: "shared", at: f });
}

// src/rules/unused-suppression.ts
var unused_suppression_default = defineRule({
  id: "unused-suppression",
  summary: "Suppressions match a finding; stale ones are removed.",
  levels: { baseline: "note", restricted: "note", hardened: "note" },
  engine: true,
  about: ["resource", "configuration"],
  versions: [],
  messages: {
    unused: "This suppression of {rule} matches no finding{where}; remove it."
  },
  help: {
    why: "A stale waiver would silently hide the problem if it came back.",
    fix: "Delete the suppression, or correct its rule id or container."
  },
  risk: "low",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        # podguard:ignore privileged the GPU driver installer needs it (GPU-12)
        readOnlyRootFilesystem: true
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        # podguard:ignore privileged the GPU driver installer needs it (GPU-12)
        privileged: true
`
  }
});

// src/rules/sysctls.ts
var SAFE_1_0 = [
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_unprivileged_port_start"
];
var SAFE_1_27 = [...SAFE_1_0, "net.ipv4.ip_local_reserved_ports"];
var SAFE_1_29 = [
  ...SAFE_1_27,
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes"
];
var SAFE_1_32 = [...SAFE_1_29, "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"];
var SAFE_1_37 = [...SAFE_1_32, "net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"];
var sysctls_default = defineRule({
  id: "sysctls",
  summary: "The pod sets only sysctls that are safe and isolated from other pods.",
  levels: { baseline: "error", restricted: "error", hardened: "error" },
  pss: { check: "sysctls", level: "baseline" },
  versions: [
    { from: "1.0", check: onlySafeSysctls(SAFE_1_0) },
    { from: "1.27", check: onlySafeSysctls(SAFE_1_27) },
    { from: "1.29", check: onlySafeSysctls(SAFE_1_29) },
    { from: "1.32", check: onlySafeSysctls(SAFE_1_32) },
    { from: "1.37", check: onlySafeSysctls(SAFE_1_37) }
  ],
  messages: {
    unsafe: "The pod sets sysctl {name}, which is not in the safe set at this Kubernetes version; remove it (safe: {safe})."
  },
  help: {
    why: "An unsafe sysctl can change kernel behaviour for every pod on the node, or disable security mechanisms.",
    fix: "Remove the sysctl from spec.securityContext.sysctls; names are exact (dotted form, not slashes)."
  },
  risk: "medium",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    sysctls:
      - name: net.core.somaxconn
        value: "1024"
  containers:
    - name: app
      image: registry.example/web:1.0
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    sysctls:
      - name: net.ipv4.ip_local_port_range
        value: "32768 60999"
  containers:
    - name: app
      image: registry.example/web:1.0
`
  }
});
function onlySafeSysctls(safe) {
  return (pod, report) => {
    for (const s of pod.field("securityContext.sysctls").list()) {
      const name = s.child("name");
      const value = name.str();
      if (value !== void 0 && !safe.includes(value)) report({ message: "unsafe", at: name, data: { name: value, safe: safe.join(", ") } });
    }
  };
}

// src/rules/windows-host-process.ts
var windows_host_process_default = defineRule({
  id: "windows-host-process",
  summary: "No Windows container runs as a HostProcess container.",
  levels: { baseline: "error", restricted: "error", hardened: "error" },
  pss: { check: "windowsHostProcess", level: "baseline" },
  versions: [{ from: "1.0", check: noHostProcess }],
  messages: {
    pod: "The pod sets spec.securityContext.windowsOptions.hostProcess: true, running every container as a process on the Windows node; remove it.",
    container: 'Container "{container}" sets securityContext.windowsOptions.hostProcess: true, running as a process on the Windows node; remove it.'
  },
  help: {
    why: "A HostProcess container runs directly on the Windows node with host access, the Windows equivalent of privileged.",
    fix: "Remove windowsOptions.hostProcess (or set it to false) and hostNetwork, which HostProcess pods require."
  },
  risk: "critical",
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostNetwork: true
  os:
    name: windows
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: ContainerAdministrator
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  os:
    name: windows
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        windowsOptions:
          runAsUserName: ContainerUser
`
  }
});
function noHostProcess(pod, report) {
  const own = pod.field("securityContext.windowsOptions.hostProcess");
  if (own.bool() === true) report({ message: "pod", at: own });
  for (const c of pod.containers) {
    const f = c.field("securityContext.windowsOptions.hostProcess");
    if (f.bool() === true) report({ message: "container", at: f });
  }
}

// src/rules/index.ts
var RULES = [
  // Pod Security Standards, baseline
  app_armor_profile_default,
  capabilities_baseline_default,
  host_namespaces_default,
  host_path_volumes_default,
  host_ports_default,
  host_probes_and_host_lifecycle_default,
  privileged_default,
  proc_mount_default,
  se_linux_options_default,
  seccomp_profile_baseline_default,
  sysctls_default,
  windows_host_process_default,
  // Pod Security Standards, restricted
  allow_privilege_escalation_default,
  capabilities_restricted_default,
  proc_mount_restricted_default,
  restricted_volumes_default,
  run_as_non_root_default,
  run_as_user_default,
  seccomp_profile_restricted_default,
  // Hardening beyond the standards
  automount_service_account_token_default,
  explicit_run_as_group_default,
  explicit_run_as_user_default,
  misplaced_field_default,
  read_only_root_filesystem_default,
  root_group_default,
  share_process_namespace_default,
  // Emitted by the engine
  invalid_field_default,
  invalid_yaml_default,
  invalid_suppression_default,
  expired_suppression_default,
  unused_suppression_default
];

// src/engine/finding.ts
function emptySummary() {
  return { files: 0, resources: 0, errors: 0, warnings: 0 };
}
function compareFindings(a, b) {
  return cmp(a.file ?? "", b.file ?? "") || (a.resourceIndex ?? 0) - (b.resourceIndex ?? 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || cmp(a.ruleId, b.ruleId) || cmp(a.path, b.path);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function identifyingName(r) {
  return r.name ?? (r.generateName !== void 0 ? `${r.generateName}*` : "");
}
function namedPath(object, path) {
  let node = object;
  let out = "";
  for (const seg of path) {
    const next = Array.isArray(node) || typeof node === "object" && node !== null ? node[seg] : void 0;
    if (typeof seg === "number") {
      const name = typeof next === "object" && next !== null ? next.name : void 0;
      out += typeof name === "string" ? `[${JSON.stringify(name)}]` : `[${seg}]`;
    } else out += out === "" ? seg : `.${seg}`;
    node = next;
  }
  return out;
}

// src/source/manifest-like.ts
function looksLikeObject(value) {
  return isPlainObject(value) && (Object.hasOwn(value, "apiVersion") || Object.hasOwn(value, "kind"));
}
var MANIFEST_KEY = /^[ \t]*(?:-[ \t]+)?["']?(?:apiVersion|kind)["']?[ \t]*:|"(?:apiVersion|kind)"[ \t]*:/m;
function looksLikeManifestText(text2) {
  return MANIFEST_KEY.test(text2);
}

// src/engine/version.ts
var LATEST = "1.37";
function minor(v) {
  return Number(v.slice(2));
}
function compareVersions(a, b) {
  return minor(a) - minor(b);
}
function parseVersion(input) {
  const text2 = input.trim();
  if (text2 === "latest") return LATEST;
  const m = /^v?1\.(\d{1,3})(?:\.\d+)?$/.exec(text2);
  if (!m) throw new Error(`"${input}" is not a Kubernetes version: use 1.N (for example 1.30) or latest`);
  const v = `1.${Number(m[1])}`;
  return compareVersions(v, LATEST) > 0 ? LATEST : v;
}

// src/engine/registry.ts
function checkAt(rule, version) {
  let found;
  for (const v of rule.versions) if (compareVersions(v.from, version) <= 0) found = v.check;
  return found;
}
function activeRules(rules, profile, version) {
  const candidates = rules.flatMap((rule) => {
    const level = rule.levels[profile];
    const check = level && !rule.engine ? checkAt(rule, version) : void 0;
    return check && level ? [{ rule, level, check }] : [];
  });
  const replaced = new Set(
    profile === "baseline" ? [] : candidates.map((a) => a.rule.pss?.replaces).filter((r) => !!r)
  );
  return candidates.filter((a) => !(a.rule.pss && replaced.has(a.rule.pss.check)));
}
function validateRules(rules) {
  const ids = /* @__PURE__ */ new Set();
  const byCheck = /* @__PURE__ */ new Map();
  for (const r of rules) {
    if (ids.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
    ids.add(r.id);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.id)) throw new Error(`rule id ${r.id} is not kebab-case`);
    if (r.pss) byCheck.set(r.pss.check, r);
    for (let i = 1; i < r.versions.length; i++) {
      if (compareVersions(r.versions[i - 1].from, r.versions[i].from) >= 0) throw new Error(`${r.id}: versions must ascend`);
    }
    if (!r.engine && r.versions.length === 0) throw new Error(`${r.id}: no versions`);
  }
  for (const r of rules) {
    if (!r.pss) {
      if (!r.engine && (r.levels.baseline || r.levels.restricted)) {
        throw new Error(`${r.id}: a non-PSS rule may only be on in hardened, so baseline and restricted stay exactly PSS`);
      }
      continue;
    }
    const wanted = r.pss.level === "baseline" ? ["baseline", "restricted", "hardened"] : ["restricted", "hardened"];
    for (const p of wanted) if (r.levels[p] !== "error") throw new Error(`${r.id}: a PSS rule is an error in ${p}`);
    if (r.pss.level === "restricted" && r.levels.baseline) throw new Error(`${r.id}: a restricted rule is off in baseline`);
    if (r.pss.replaces) {
      if (r.pss.level !== "restricted") throw new Error(`${r.id}: only restricted rules replace`);
      const target = byCheck.get(r.pss.replaces);
      if (!target || target.pss?.level !== "baseline") throw new Error(`${r.id}: replaces ${r.pss.replaces}, which is not a baseline rule`);
    }
  }
}

// src/engine/suppress.ts
var ANNOTATION_PREFIX2 = "podguard.dev/ignore.";
function utcToday() {
  return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
var COMMENT = /(?:^|\s)#\s*podguard:ignore\s+(\S+)(.*)$/;
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function parseWaiverText(text2) {
  const out = { reason: "" };
  let rest = text2.trim();
  for (let m = /^(container|until)=(\S+)\s*/.exec(rest); m; m = /^(container|until)=(\S+)\s*/.exec(rest)) {
    out[m[1]] = m[2];
    rest = rest.slice(m[0].length);
  }
  out.reason = rest.replace(/^[-:\u2014]\s*/, "").trim();
  return out;
}
function glob(pattern, value) {
  if (pattern === void 0) return true;
  const re = new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return re.test(value ?? "");
}
function annotationsOf(object, declared) {
  const places = [["metadata", "annotations"]];
  for (const part of podParts(object, object.apiVersion, object.kind, declared)) {
    for (const m of part.metadata) if (m.length > 1 && !places.some((p) => p.join(".") === [...m, "annotations"].join("."))) places.push([...m, "annotations"]);
  }
  return places.flatMap((path) => {
    let node = object;
    for (const seg of path) node = node?.[seg];
    if (typeof node !== "object" || node === null) return [];
    return Object.entries(node).map(([key, value]) => ({ key, value, path: [...path, key] }));
  });
}
function waiverProblem(w, policy) {
  if (policy.locked?.has(w.rule)) return { rule: invalid_suppression_default, message: "locked" };
  if (!w.reason?.trim()) return { rule: invalid_suppression_default, message: "noReason" };
  if (w.until !== void 0 && !DATE.test(w.until)) return { rule: invalid_suppression_default, message: "badDate" };
  if (w.until !== void 0 && w.until < policy.today) return { rule: expired_suppression_default, message: "expired" };
  return void 0;
}
function waiverData(w, policy) {
  return { rule: w.rule, until: w.until ?? "", lockedBy: policy.lockedBy ?? "the configuration" };
}
function unusedExemption(e) {
  return { rule: unused_suppression_default, message: "unused", data: { rule: e.rule, where: " in the scanned objects" } };
}
function suppress(findings, objects, text2, policy, emit, declared) {
  const waivers = [];
  const add = (w) => {
    const problem = waiverProblem(w, policy);
    if (problem) {
      if (w.by !== "config") emit(problem.rule, problem.message, waiverData(w, policy), w.place);
      return;
    }
    waivers.push({ ...w, reason: w.reason, until: w.until ?? null });
  };
  objects.forEach((object, resourceIndex) => {
    for (const { key, value, path } of annotationsOf(object, declared)) {
      if (!key.startsWith(ANNOTATION_PREFIX2)) continue;
      const rule = key.slice(ANNOTATION_PREFIX2.length);
      const parsed = parseWaiverText(typeof value === "string" ? value : "");
      add({
        rule,
        ...parsed,
        by: "annotation",
        place: { resourceIndex, path },
        where: parsed.container ? ` in container "${parsed.container}"` : " on this object",
        applies: (f) => f.resourceIndex === resourceIndex && (!parsed.container || f.container === parsed.container)
      });
    }
  });
  if (text2 !== void 0 && text2.includes("podguard:ignore")) {
    const lines = text2.split(/\r?\n/);
    lines.forEach((line, i) => {
      const m = COMMENT.exec(line);
      if (!m) return;
      const parsed = parseWaiverText(m[2]);
      let target = i + 1;
      if (line.trimStart().startsWith("#")) {
        target = i + 2;
        while (target <= lines.length && /^\s*(#.*)?$/.test(lines[target - 1] ?? "")) target++;
      }
      add({
        rule: m[1],
        ...parsed,
        by: "comment",
        place: { line: i + 1, column: line.indexOf("#") + 1 },
        where: ` on line ${target}`,
        applies: (f) => f.line === target && (!parsed.container || f.container === parsed.container)
      });
    });
  }
  for (const [index, e] of (policy.exemptions ?? []).entries()) {
    add({
      exemption: index,
      rule: e.rule,
      reason: e.reason,
      until: e.until,
      by: "config",
      place: { exemption: e },
      where: " in the scanned objects",
      applies: (f) => {
        if (!f.resource) return false;
        const object = objects[f.resourceIndex ?? -1];
        const image = f.containerPath && valueAt(object, f.containerPath)?.image;
        return glob(e.namespace, f.resource.namespace) && glob(e.kind, f.resource.kind) && glob(e.name, f.resource.name) && glob(e.container, f.container) && glob(e.image, typeof image === "string" ? image : void 0);
      }
    });
  }
  const used = /* @__PURE__ */ new Set();
  for (const f of findings) {
    const w = waivers.find((candidate) => candidate.rule === f.ruleId && candidate.applies(f));
    if (!w) continue;
    used.add(w);
    f.suppressed = { by: w.by, reason: w.reason, until: w.until, ...w.exemption !== void 0 ? { exemption: w.exemption } : {} };
  }
  for (const w of waivers) if (!used.has(w) && w.by !== "config") emit(unused_suppression_default, "unused", { rule: w.rule, where: w.where }, w.place);
}

// src/engine/analyze.ts
validateRules(RULES);
var activeCache = /* @__PURE__ */ new Map();
function rulesFor(rules, profile, version) {
  if (rules !== RULES) return activeRules(rules, profile, version);
  const key = `${profile}@${version}`;
  let list = activeCache.get(key);
  if (!list) activeCache.set(key, list = activeRules(RULES, profile, version));
  return list;
}
function prepare(options = {}) {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const version = options.k8sVersion ? parseVersion(options.k8sVersion) : LATEST;
  const rules = options.rules ?? RULES;
  if (rules !== RULES) validateRules(rules);
  const active = rulesFor(rules, profile, version).filter((a) => !options.disabled?.has(a.rule.id)).map((a) => options.levels?.[a.rule.id] ? { ...a, level: options.levels[a.rule.id] } : a);
  const policy = { ...options.suppressions, today: options.suppressions?.today ?? utcToday() };
  const on = new Set(active.map((a) => a.rule));
  const readers = rules.flatMap((r) => on.has(r) || r.versions.length === 0 ? [] : [r.versions[r.versions.length - 1].check]);
  return { profile, version, active, policy, fixDefaults: { ...FIX_DEFAULTS, ...options.fixDefaults }, rules, customResources: options.customResources, readers };
}
function analyzeInput(one, prepared) {
  const own = [];
  const file = one.file ?? null;
  let read;
  if ("object" in one) {
    read = { resources: resourcesOf(one.object, null), lineCounter: null };
    read.resources.forEach((r, i) => analyzeResource(r.value, null, file, prepared, own, i));
  } else {
    read = analyzeText(one, prepared, own);
  }
  suppress(own, read.resources.map((r) => r.value), read.text, prepared.policy, (rule, message, data, place) => {
    own.push(suppressionFinding(rule, message, data, place, file, read));
  }, prepared.customResources);
  const unreadKinds = {};
  collectUnread(unreadKinds, read.resources, prepared.customResources);
  const notes = read.skipped ? [file === null ? { message: read.skipped } : { file, message: read.skipped }] : [];
  const result = { file, findings: own.sort(compareFindings), resources: read.resources.length, notes, source: read };
  if (Object.keys(unreadKinds).length > 0) result.unreadKinds = unreadKinds;
  return result;
}
function suppressionFinding(rule, messageId, data, place, file, read) {
  const message = formatMessage(rule.messages[messageId], data);
  let finding;
  if ("exemption" in place) {
    const src = place.exemption.source;
    const region = src && { line: src.line, column: src.column, endLine: src.line, endColumn: src.column, start: 0, end: 0 };
    finding = makeFinding(rule, rule.levels.hardened, message, { file: src?.file ?? file, resource: null, path: [], container: null, region });
  } else if ("line" in place) {
    const region = { line: place.line, column: place.column, endLine: place.line, endColumn: place.column, start: 0, end: 0 };
    finding = makeFinding(rule, rule.levels.hardened, message, { file, resource: null, path: [], container: null, region });
  } else {
    const r = read.resources[place.resourceIndex];
    const region = r.node && read.lineCounter ? locate(r.node, place.path, read.lineCounter) : void 0;
    finding = makeFinding(rule, rule.levels.hardened, message, { file, resource: resourceRef(r.value), object: r.value, path: place.path, container: null, region, resourceIndex: place.resourceIndex });
  }
  finding.messageId = messageId;
  return finding;
}
function analyzeText(input, prepared, out) {
  const problems = [];
  const read = readText(input, prepared, out, problems);
  if (problems.length > 0 && !read.manifestLike) {
    const p = problems[0];
    return { resources: [], lineCounter: null, skipped: `not a Kubernetes manifest (no apiVersion or kind), skipped: ${p.message.replace(/^Could not read this file: /, "").replace(/\.$/, "")} (line ${p.line}, column ${p.column})` };
  }
  out.push(...problems);
  return read;
}
function readText(input, prepared, out, problems) {
  let text2;
  if ("bytes" in input) {
    const ascii = () => looksLikeManifestText(new TextDecoder("latin1").decode(input.bytes.subarray(0, 1 << 16)));
    if (input.bytes.length > LIMITS.maxFileBytes) {
      const mib = (n) => (n / 1024 / 1024).toFixed(1);
      problems.push(fileFinding(input.file, `file is ${mib(input.bytes.length)} MiB, over the ${mib(LIMITS.maxFileBytes)} MiB limit; not read`));
      return { resources: [], lineCounter: null, manifestLike: ascii() };
    }
    const decoded = decode(input.bytes);
    if (decoded.problem) problems.push(fileFinding(input.file, decoded.problem));
    if (decoded.text === void 0) return { resources: [], lineCounter: null, manifestLike: ascii() };
    text2 = decoded.text;
  } else {
    text2 = input.text;
  }
  const parsed = parseSource(text2);
  for (const p of parsed.problems) {
    problems.push(fileFinding(input.file, p.message, p.range && regionOf(parsed.lineCounter, text2, p.range)));
  }
  const resources = sourceResources(parsed);
  resources.forEach((r, i) => analyzeResource(r.value, { lineCounter: parsed.lineCounter, root: r.node }, input.file, prepared, out, i));
  const manifestLike = parsed.documents.some((d) => looksLikeObject(d.value)) || problems.length > 0 && looksLikeManifestText(text2);
  return { resources, lineCounter: parsed.lineCounter, text: text2, parsed, manifestLike };
}
function resourceRef(object) {
  const meta = isPlainObject(object.metadata) ? object.metadata : {};
  const ref = {
    apiVersion: typeof object.apiVersion === "string" ? object.apiVersion : "",
    kind: object.kind,
    name: typeof meta.name === "string" && meta.name !== "" ? meta.name : null,
    namespace: typeof meta.namespace === "string" ? meta.namespace : null
  };
  if (typeof meta.generateName === "string" && meta.generateName !== "") ref.generateName = meta.generateName;
  return ref;
}
function analyzeResource(object, source, file, prepared, out, resourceIndex) {
  const resource = resourceRef(object);
  const place = (path) => source ? locate(source.root, path, source.lineCounter) : void 0;
  const mistyped = /* @__PURE__ */ new Map();
  let unknownReads = [];
  let judging = true;
  const pods = makePodViews(object, {
    mistyped(path, expected, actual) {
      const key = formatPath(path);
      if (mistyped.has(key)) return;
      const message = formatMessage(invalid_field_default.messages.mistyped, { path: key, expected: article(expected), actual: describe(actual) });
      const finding = makeFinding(invalid_field_default, "error", message, { file, resource, object, path, container: null, region: place(path), resourceIndex });
      finding.messageId = "mistyped";
      mistyped.set(key, finding);
    },
    unknown(path) {
      if (judging) unknownReads.push(path);
    }
  }, resource, prepared.fixDefaults, prepared.customResources);
  const seen = /* @__PURE__ */ new Set();
  for (const pod of pods) {
    const containerAt = (path) => pod.containerAt(path);
    for (const { rule, level, check } of prepared.active) {
      unknownReads = [];
      const reported = [];
      check(pod, (r) => {
        if (!isPlaced(r.at.path)) return;
        const container = r.container ?? containerAt(r.at.path);
        const undecidable = r.at.isUnknown;
        const message = undecidable ? formatMessage(UNDECIDABLE, { path: formatPath(r.at.path) }) : formatMessage(rule.messages[r.message], { container: container ?? "", ...r.data });
        const fix = undecidable || r.fix?.some((e) => !isPlaced(e.path) || source && aliasBlocking(source.root, e.path)) ? void 0 : r.fix;
        const finding = makeFinding(rule, level, message, { file, resource, object, path: r.at.path, container, region: place(r.at.path), resourceIndex, fix });
        inheritance(finding, pod, object, r.at.path);
        finding.messageId = undecidable ? "undecidable" : r.message;
        if (finding.fixable) finding.fixSafety = r.fixSafety ?? "unsafe";
        if (undecidable) finding.unknown = true;
        reported.push(finding);
      });
      for (const path of dedupePaths(unknownReads)) {
        const key = formatPath(path);
        if (reported.some((f) => f.unknown && f.path === key)) continue;
        const finding = makeFinding(rule, level, formatMessage(UNDECIDABLE, { path: key }), { file, resource, object, path, container: containerAt(path), region: place(path), resourceIndex });
        inheritance(finding, pod, object, path);
        finding.messageId = "undecidable";
        finding.unknown = true;
        reported.push(finding);
      }
      for (const f of reported) {
        const key = `${f.ruleId}\0${f.path}\0${f.message}`;
        if (!seen.has(key)) out.push(f);
        seen.add(key);
      }
    }
    judging = false;
    for (const check of prepared.readers) check(pod, () => {
    });
    judging = true;
  }
  out.push(...mistyped.values());
}
function inheritance(finding, pod, object, path) {
  const container = pod.containerOf(path);
  if (!container) return;
  finding.containerPath = container.path;
  const from = container.inheritedFrom(path);
  if (from && valueAt(object, path.slice(0, container.path.length + 2)) == null) finding.restsOn = from;
}
var UNDECIDABLE = "{path} is not known yet (a computed value during preview), so this rule cannot be decided now; it is checked again when the value is known.";
function dedupePaths(paths) {
  const seen = /* @__PURE__ */ new Map();
  for (const p of paths) seen.set(formatPath(p), p);
  return [...seen.values()];
}
function article(expected) {
  return expected === "object" || expected === "integer" ? `an ${expected}` : `a ${expected}`;
}
function regionOf(lineCounter, text2, range) {
  const last = Math.max(0, text2.trimEnd().length - 1);
  const start = Math.min(range[0], last);
  const end = Math.max(start, Math.min(range[1], last + 1));
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(end);
  return { line: Math.max(1, a.line), column: Math.max(1, a.col), endLine: Math.max(1, b.line), endColumn: Math.max(1, b.col), start, end };
}
function makeFinding(rule, level, message, at) {
  const f = {
    ruleId: rule.id,
    level,
    message,
    file: at.file,
    line: at.region?.line ?? null,
    column: at.region?.column ?? null,
    endLine: at.region?.endLine ?? null,
    endColumn: at.region?.endColumn ?? null,
    resource: at.resource,
    container: at.container,
    path: formatPath(at.path),
    pssCheck: rule.pss?.check ?? null,
    pssLevel: rule.pss?.level ?? null,
    fixable: !!at.fix && at.fix.length > 0,
    fixSafety: null,
    pathSegments: at.path
  };
  if (at.fix && at.fix.length > 0) f.fix = at.fix;
  if (at.region) {
    f.offsets = [at.region.start, at.region.end];
    if (at.region.exact !== void 0) f.exact = at.region.exact;
  }
  if (at.resourceIndex !== void 0) f.resourceIndex = at.resourceIndex;
  const r = at.resource;
  f.identity = r ? [r.apiVersion, r.kind, r.namespace ?? "", identifyingName(r), rule.id, namedPath(at.object, at.path)].join(" ") : [at.file ?? "", rule.id, message].join(" ");
  return f;
}
function fileFinding(file, message, region) {
  const finding = makeFinding(invalid_yaml_default, "error", formatMessage(invalid_yaml_default.messages.unreadable, { reason: message }), {
    file,
    resource: null,
    path: [],
    container: null,
    region: region ?? { line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 }
  });
  finding.messageId = "unreadable";
  return finding;
}

// src/engine/run.ts
function tally(result) {
  const t = { resources: result.resources, errors: 0, warnings: 0, noteFindings: 0, suppressed: 0, exemptions: [], notes: result.notes };
  for (const f of result.findings) {
    if (f.suppressed) t.suppressed++;
    else if (f.level === "error") t.errors++;
    else if (f.level === "warning") t.warnings++;
    else t.noteFindings++;
    if (f.suppressed?.exemption !== void 0) t.exemptions.push(f.suppressed.exemption);
  }
  if (result.unreadKinds) t.unreadKinds = result.unreadKinds;
  return t;
}
var Run = class {
  constructor(options = {}) {
    this.options = options;
    this.prepared = prepare(options);
  }
  options;
  prepared;
  used = /* @__PURE__ */ new Set();
  notes = [];
  unread = {};
  summary = emptySummary();
  noteFindings = 0;
  suppressed = 0;
  finished = false;
  /** Judges one input with the run's settings without counting it (the base version of a file, say). */
  evaluate(input) {
    return analyzeInput(input, this.prepared);
  }
  /** Judges one input and counts it. */
  add(input) {
    return this.accept(this.evaluate(input));
  }
  /** Counts an input's result, judged here or on a worker thread with the same options. */
  accept(result) {
    this.count(tally(result));
    return result;
  }
  /** Counts an input from its tally alone. */
  count(t) {
    this.summary.files++;
    this.total(t);
  }
  total(t) {
    this.summary.resources += t.resources;
    this.summary.errors += t.errors;
    this.summary.warnings += t.warnings;
    this.noteFindings += t.noteFindings;
    this.suppressed += t.suppressed;
    for (const index of t.exemptions) this.used.add(index);
    this.notes.push(...t.notes);
    mergeUnread(this.unread, t.unreadKinds);
  }
  /** Records that the configured exemption at `index` suppressed a finding judged outside the run. */
  markUsed(index) {
    this.used.add(index);
  }
  note(message, file) {
    this.notes.push(file === void 0 ? { message } : { file, message });
  }
  /**
   * Ends the run. A run over a sample of the inputs (a pull request's changed files, one shard) cannot tell that an
   * exemption matched nothing, so it reports none as unused.
   */
  finish(scope = {}) {
    if (this.finished) throw new Error("a run is finished once");
    this.finished = true;
    const { policy } = this.prepared;
    const findings = [];
    const none = { resources: [], lineCounter: null };
    if (scope.exemptions !== false) (policy.exemptions ?? []).forEach((e, index) => {
      const problem = waiverProblem(e, policy);
      const said = problem ? { ...problem, data: waiverData(e, policy) } : this.used.has(index) || scope.sample ? void 0 : unusedExemption(e);
      if (!said) return;
      const finding = suppressionFinding(said.rule, said.message, said.data, { exemption: e }, null, none);
      finding.exemption = index;
      findings.push(finding);
    });
    this.total(tally({ file: null, findings, resources: 0, notes: [] }));
    for (const message of unreadNotes(this.unread)) this.note(message);
    return { findings, notes: this.notes, summary: { ...this.summary }, noteFindings: this.noteFindings, suppressed: this.suppressed };
  }
};

// src/fix/edits.ts
function isContainer(v) {
  return typeof v === "object" && v !== null;
}
function uniqueEdits(findings) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) for (const e of f.fix ?? []) seen.set(editKey(e), e);
  return [...seen.values()];
}
function editKey(e) {
  return `${e.op} ${formatPath(e.path)} ${"value" in e ? JSON.stringify(e.value) : ""}`;
}
function applyEdits(object, edits) {
  const copy = structuredClone(object);
  for (const e of edits) applyEdit(copy, e);
  return copy;
}
function parentOf(root, path, create) {
  let node = root;
  for (const seg of path.slice(0, -1)) {
    if (!isContainer(node)) return void 0;
    if (!isContainer(node[seg])) {
      if (!create || typeof seg === "number") return void 0;
      node[seg] = {};
    }
    node = node[seg];
  }
  return isContainer(node) ? node : void 0;
}
function applyEdit(root, e) {
  const last = e.path[e.path.length - 1];
  const parent = parentOf(root, e.path, e.op !== "remove" && e.op !== "removeItem");
  if (!parent) return;
  switch (e.op) {
    case "set":
      parent[last] = structuredClone(e.value);
      break;
    case "append": {
      const list = Array.isArray(parent[last]) ? parent[last] : parent[last] = [];
      if (!list.includes(e.value)) list.push(e.value);
      break;
    }
    case "removeItem":
      if (Array.isArray(parent[last])) parent[last] = parent[last].filter((item) => item !== e.value);
      break;
    case "remove":
      if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
      else delete parent[last];
      break;
  }
}

// policypack/settings.ts
var import_node_fs3 = require("node:fs");
var import_node_path2 = require("node:path");
var import_pulumi = require("@pulumi/pulumi");
var import_ajv2 = __toESM(require_ajv());

// src/config/load.ts
var import_node_fs2 = require("node:fs");
var import_node_path = require("node:path");
var import_ajv = __toESM(require_ajv(), 1);

// src/config/schema.ts
function configSchema() {
  const ruleIds = RULES.filter((r) => !r.engine).map((r) => r.id);
  const ruleId = { enum: ruleIds, description: "A rule id, as podguard scan prints it." };
  const glob2 = (what) => ({ type: "string", description: `${what}; * matches any run of characters.` });
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "podguard configuration (.podguard.yaml)",
    type: "object",
    additionalProperties: false,
    properties: {
      profile: { enum: [...PROFILES], description: "baseline or restricted (exactly the Pod Security Standards), or hardened (the default)." },
      k8sVersion: { type: "string", pattern: "^(latest|v?1\\.\\d{1,3}(\\.\\d+)?)$", description: "The Kubernetes version whose standards apply: 1.N or latest." },
      rules: {
        type: "object",
        description: "Per-rule settings, by rule id.",
        propertyNames: ruleId,
        additionalProperties: {
          type: "object",
          additionalProperties: false,
          properties: {
            level: { enum: ["error", "warning", "note"], description: "The level this rule reports at." },
            enabled: { type: "boolean", description: "false switches the rule off (a locked rule cannot be)." }
          }
        }
      },
      locked: { type: "array", uniqueItems: true, items: ruleId, description: "Rules no suppression may waive, and no setting switch off." },
      exemptions: {
        type: "array",
        description: "Findings accepted on purpose. Each needs a reason; every matcher given must match.",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["rule"],
          properties: {
            rule: ruleId,
            reason: { type: "string", description: "Why the risk is acceptable (required for the exemption to apply)." },
            until: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "The last day it applies (YYYY-MM-DD)." },
            namespace: glob2("The namespace"),
            kind: glob2("The resource kind"),
            name: glob2("The resource name"),
            container: glob2("The container name"),
            image: glob2("The container image")
          }
        }
      },
      fix: {
        type: "object",
        additionalProperties: false,
        description: "Values podguard fix writes.",
        properties: {
          runAsUser: { type: "integer", minimum: 1, description: `The UID set when none is. Default ${FIX_DEFAULTS.runAsUser}.` },
          runAsGroup: { type: "integer", minimum: 1, description: `The GID set when none is. Default ${FIX_DEFAULTS.runAsGroup}.` }
        }
      },
      charts: {
        type: "array",
        description: "Helm charts to render with extra values files (podguard renders every chart it finds, with its values.yaml).",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["path"],
          properties: {
            path: { type: "string", minLength: 1, description: "The chart folder (holding Chart.yaml), relative to this file." },
            values: {
              type: "array",
              items: { type: "string", minLength: 1 },
              description: "Values files passed to helm template after the chart's own values.yaml, relative to the chart folder."
            }
          }
        }
      },
      exclude: {
        type: "array",
        items: { type: "string", minLength: 1 },
        description: "Paths never read, as globs relative to this file's folder: a glob without / matches a file or folder name at any depth (vendor, *.tmpl.yaml), one with / a path (charts/*/templates/**); a matched folder excludes all it holds."
      },
      customResources: {
        type: "array",
        description: "Custom resource kinds whose pod specs podguard reads, beyond the kinds it knows.",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["apiVersion", "kind", "podSpecs"],
          properties: {
            apiVersion: { type: "string", pattern: "^[a-z0-9.-]+\\.[a-z0-9-]+(/[a-z0-9]+)?$", description: "group/version, or the group alone for every version." },
            kind: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9]*$", description: "The kind, as in the objects." },
            podSpecs: {
              type: "array",
              minItems: 1,
              items: { type: "string", pattern: "^[A-Za-z0-9_-]+(\\[\\])?(\\.([A-Za-z0-9_-]+(\\[\\])?|\\*))*$" },
              description: "Paths of the pod specs, e.g. spec.template.spec; name[] reads every item of a list, * every value of a map."
            }
          }
        }
      }
    }
  };
}

// src/config/load.ts
var ConfigError = class extends Error {
};
var validator;
function loadConfig(file) {
  let text2;
  try {
    text2 = (0, import_node_fs2.readFileSync)(file, "utf8");
  } catch (e) {
    throw new ConfigError(`${file}: cannot read the configuration (${e.message.split("\n")[0]})`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(quietEmptyDocuments(text2), { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const at = lineCounter.linePos(e.pos[0]);
    throw new ConfigError(`${file}:${at.line}:${at.col}: not valid YAML: ${e.message.split("\n")[0]}`);
  }
  const value = doc.toJS() ?? {};
  const where = (path) => {
    const region = locate(rootOf(doc), path, lineCounter);
    return region ? `${file}:${region.line}:${region.column}` : file;
  };
  validator ??= new import_ajv.Ajv({ allErrors: true, strict: false }).compile(configSchema());
  if (!validator(value)) throw new ConfigError(describe2(validator.errors ?? [], where));
  const rules = value.rules ?? {};
  const locked = new Set(value.locked ?? []);
  for (const [id, setting] of Object.entries(rules)) {
    if (setting.enabled === false && locked.has(id)) throw new ConfigError(`${where(["rules", id, "enabled"])}: rules.${id}.enabled: ${id} is locked, so it cannot be switched off`);
  }
  return {
    file,
    profile: value.profile,
    k8sVersion: value.k8sVersion,
    levels: Object.fromEntries(Object.entries(rules).flatMap(([id, s]) => s.level ? [[id, s.level]] : [])),
    disabled: new Set(Object.entries(rules).filter(([, s]) => s.enabled === false).map(([id]) => id)),
    locked,
    exemptions: (value.exemptions ?? []).map((e, i) => {
      const region = locate(rootOf(doc), ["exemptions", i], lineCounter);
      return { ...e, source: { file, line: region?.line ?? 1, column: region?.column ?? 1 } };
    }),
    fix: value.fix ?? {},
    customResources: value.customResources ?? [],
    charts: charts(value.charts ?? [], (0, import_node_path.dirname)((0, import_node_path.resolve)(file)), where),
    exclude: value.exclude ?? []
  };
}
function charts(list, base, where) {
  return list.map((c, i) => {
    const path = (0, import_node_path.resolve)(base, c.path);
    if (!(0, import_node_fs2.existsSync)((0, import_node_path.join)(path, "Chart.yaml"))) throw new ConfigError(`${where(["charts", i, "path"])}: charts.${i}.path: ${c.path} holds no Chart.yaml`);
    const values = (c.values ?? []).map((v, j) => {
      const file = (0, import_node_path.resolve)(path, v);
      if (!(0, import_node_fs2.existsSync)(file)) throw new ConfigError(`${where(["charts", i, "values", j])}: charts.${i}.values.${j}: ${v} is not in ${c.path}`);
      return file;
    });
    return { path, values };
  });
}
function describe2(errors, where) {
  const lines = errors.filter((e) => !e.schemaPath.includes("/propertyNames/")).map((e) => {
    const path = e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
    let key = path.join(".");
    let text2;
    if (e.keyword === "additionalProperties") {
      const extra = e.params.additionalProperty;
      path.push(extra);
      key = path.join(".");
      text2 = `unknown key ${JSON.stringify(extra)}`;
    } else if (e.keyword === "propertyName" || e.keyword === "propertyNames") {
      const name = e.params.propertyName ?? "";
      path.push(name);
      key = path.join(".");
      text2 = `unknown rule id ${JSON.stringify(name)} (podguard rules lists them)`;
    } else if (e.keyword === "enum") {
      text2 = `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    } else {
      text2 = e.message ?? "is not valid";
    }
    return `${where(path)}: ${key || "(top level)"}: ${text2}`;
  });
  return [...new Set(lines)].join("\n");
}

// src/config/options.ts
function today() {
  return process.env.PODGUARD_TODAY || utcToday();
}
function analyzeOptions(config) {
  if (!config) return { suppressions: { today: today() } };
  return {
    levels: config.levels,
    disabled: config.disabled,
    fixDefaults: config.fix,
    customResources: config.customResources,
    suppressions: { today: today(), exemptions: config.exemptions, locked: config.locked, lockedBy: config.file }
  };
}

// policypack/settings.ts
var SETTINGS_SCHEMA = {
  properties: {
    profile: {
      type: "string",
      enum: [...PROFILES],
      description: "baseline or restricted: the Pod Security Standards only; hardened (default): restricted plus hardening rules."
    },
    k8sVersion: {
      type: "string",
      pattern: "^(latest|v?1\\.[0-9]{1,3}(\\.[0-9]+)?)$",
      description: "The Kubernetes version whose Pod Security Standards apply: 1.N or latest (default)."
    }
  }
};
var SettingsError = class extends Error {
  constructor(message) {
    super(message.split("\n").map((line) => `podguard: ${line}`).join("\n"));
    this.stack = this.message;
  }
};
var PREFIX = "podguard:";
var PLAIN = /* @__PURE__ */ new Set(["profile", "k8sVersion"]);
var STACK = "stack config ";
var validator2;
function readStackSettings(all, dir) {
  const problems = [];
  const given = {};
  let file;
  for (const [key, text2] of Object.entries(all)) {
    if (!key.startsWith(PREFIX)) continue;
    const name = key.slice(PREFIX.length);
    if (name === "config") file = text2;
    else if (PLAIN.has(name)) given[name] = text2;
    else {
      try {
        given[name] = parse(text2);
      } catch (e) {
        problems.push(`${STACK}${key}: not valid YAML or JSON: ${e.message.split("\n")[0]}`);
      }
    }
  }
  if (Object.keys(given).length > 0) {
    if (!validator2) {
      const schema2 = configSchema();
      validator2 = { check: new import_ajv2.Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema2), ruleIds: schema2.properties.locked.items.enum };
    }
    if (!validator2.check(given)) problems.push(...describe3(validator2.check.errors ?? [], validator2.ruleIds));
  }
  let fromFile;
  if (file !== void 0) {
    const path = (0, import_node_path2.isAbsolute)(file) ? file : (0, import_node_path2.resolve)(dir, file);
    try {
      (0, import_node_fs3.accessSync)(path, import_node_fs3.constants.R_OK);
      fromFile = loadConfig(path);
    } catch (e) {
      if (e instanceof ConfigError) problems.push(e.message);
      else {
        const resolved = path === file ? "" : ` (${file}, from the policy pack's directory ${dir})`;
        const reason = e.code === "ENOENT" ? "no such file" : e.message.split("\n")[0];
        problems.push(`${STACK}${PREFIX}config: cannot read ${path}${resolved}: ${reason}`);
      }
    }
  }
  if (problems.length > 0) throw new SettingsError(problems.join("\n"));
  return merge2(given, fromFile);
}
function merge2(given, file) {
  const rules = given.rules;
  const levels = rules ? Object.fromEntries(Object.entries(rules).flatMap(([id, s]) => s.level ? [[id, s.level]] : [])) : file?.levels ?? {};
  const disabled = rules ? new Set(Object.entries(rules).filter(([, s]) => s.enabled === false).map(([id]) => id)) : file?.disabled ?? /* @__PURE__ */ new Set();
  const locked = given.locked ? new Set(given.locked) : file?.locked ?? /* @__PURE__ */ new Set();
  const lockedBy = given.locked ? `the ${STACK}${PREFIX}locked` : file?.file ?? "the configuration";
  for (const id of disabled) {
    if (!locked.has(id)) continue;
    const where = rules ? `${STACK}${PREFIX}rules.${id}.enabled` : `${file.file}: rules.${id}.enabled`;
    throw new SettingsError(`${where}: ${id} is locked by ${lockedBy}, so it cannot be switched off`);
  }
  let exemptions;
  let exemptionPlaces;
  if (given.exemptions) {
    exemptions = given.exemptions;
    exemptionPlaces = exemptions.map((_, i) => `${STACK}${PREFIX}exemptions[${i}]`);
  } else {
    exemptions = file?.exemptions ?? [];
    exemptionPlaces = exemptions.map((e) => e.source ? `${e.source.file}:${e.source.line}:${e.source.column}` : file?.file ?? "");
  }
  return {
    config: {
      file: lockedBy,
      profile: given.profile ?? file?.profile,
      k8sVersion: given.k8sVersion ?? file?.k8sVersion,
      levels,
      disabled,
      locked,
      exemptions,
      fix: given.fix ?? file?.fix ?? {},
      customResources: given.customResources ?? file?.customResources ?? []
    },
    exemptionPlaces
  };
}
function describe3(errors, ruleIds) {
  const lines = errors.filter((e) => !e.schemaPath.includes("/propertyNames/")).map((e) => {
    const path = e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    let text2;
    if (e.keyword === "additionalProperties") {
      const extra = e.params.additionalProperty;
      path.push(extra);
      text2 = path.length === 1 ? `unknown setting (the keys are those of .podguard.yaml, and config)` : `unknown key "${extra}"`;
    } else if (e.keyword === "propertyNames") {
      const name = e.params.propertyName ?? "";
      path.push(name);
      text2 = `unknown rule id "${name}" (podguard rules lists them)`;
    } else if (e.keyword === "enum" && e.params.allowedValues === ruleIds) {
      text2 = `unknown rule id ${JSON.stringify(e.data)} (podguard rules lists them)`;
    } else if (e.keyword === "enum") {
      text2 = `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    } else {
      text2 = e.message ?? "is not valid";
    }
    const key = path.map((s, i) => /^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
    return `${STACK}${PREFIX}${key}: ${text2}`;
  });
  return [...new Set(lines)];
}
var loaded;
function load() {
  if (!loaded) {
    try {
      loaded = { settings: readStackSettings(import_pulumi.runtime.allConfig(), process.cwd()) };
    } catch (e) {
      if (!(e instanceof SettingsError)) throw e;
      loaded = { error: e };
    }
  }
  return loaded;
}
function stackSettings() {
  const l = load();
  if ("error" in l) throw l.error;
  return l.settings;
}
function stackSettingsIfValid() {
  const l = load();
  return "settings" in l ? l.settings : void 0;
}
function resolveSettings(own) {
  const stack = stackSettings();
  const where = (key) => own[key] !== void 0 ? "the policy config" : "the stack config";
  const profile = own.profile ?? stack.config.profile ?? DEFAULT_PROFILE;
  if (!PROFILES.includes(profile)) {
    throw new SettingsError(`profile "${profile}" from ${where("profile")} is not one of ${PROFILES.join(", ")}`);
  }
  const k8sVersion = own.k8sVersion ?? stack.config.k8sVersion ?? "latest";
  try {
    return { profile, version: parseVersion(String(k8sVersion)), stack };
  } catch (e) {
    throw new SettingsError(`k8sVersion from ${where("k8sVersion")}: ${e.message}`);
  }
}
function analysisOptions(settings) {
  return { profile: settings.profile, k8sVersion: settings.version, ...analyzeOptions(settings.stack.config) };
}

// policypack/wire.ts
var import_policy = require("@pulumi/policy");
var UNKNOWN_SENTINELS = /* @__PURE__ */ new Set([
  "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
  "030794c1-ac77-496b-92df-f27374a8bd58",
  "e48ece36-62e2-4504-bad9-02848725956a",
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff"
]);
function isUnknown(v) {
  return typeof v === "string" && UNKNOWN_SENTINELS.has(v);
}
function isObj(v) {
  return typeof v === "object" && v !== null;
}
function ownProperties(props) {
  const out = {};
  for (const key of Object.keys(props)) out[key] = Object.getOwnPropertyDescriptor(props, key)?.value;
  return out;
}
function forAnalysis(value) {
  if (value instanceof import_policy.Secret) return forAnalysis(value.value);
  if (isUnknown(value)) return UNKNOWN;
  if (Array.isArray(value)) return value.map(forAnalysis);
  if (!isObj(value)) return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = forAnalysis(v);
  return out;
}
function reachesUnknown(root, path) {
  let node = root;
  for (const seg of path) {
    if (node instanceof import_policy.Secret) node = node.value;
    if (!isObj(node)) return false;
    node = node[seg];
    if (isUnknown(node)) return true;
  }
  return false;
}
function applyKeepingSecrets(props, edits) {
  const secrets = [];
  const plain = reveal(props, [], secrets);
  const result = applyEdits(plain, edits);
  const reshaped = edits.flatMap(
    (e) => e.op === "removeItem" ? [e.path] : e.op === "remove" && typeof e.path[e.path.length - 1] === "number" ? [e.path.slice(0, -1)] : []
  );
  for (const s of [...secrets].sort((a, b) => b.path.length - a.path.length)) {
    wrapAt(result, reshaped.find((list) => isStrictPrefix(list, s.path)) ?? s.path);
  }
  for (const e of edits) {
    if (e.op !== "set" && e.op !== "append") continue;
    if (secrets.some((s) => isPrefix(s.path, e.path))) continue;
    if (secrets.some((s) => overlaps(s.json, e.value))) wrapAt(result, e.path);
  }
  return result;
}
function reveal(value, path, secrets) {
  if (value instanceof import_policy.Secret) {
    const inner = reveal(value.value, path, secrets);
    secrets.push({ path, json: JSON.stringify(inner) ?? "null" });
    return inner;
  }
  if (Array.isArray(value)) return value.map((v, i) => reveal(v, [...path, i], secrets));
  if (!isObj(value)) return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = reveal(v, [...path, k], secrets);
  return out;
}
function wrapAt(root, path) {
  if (path.length === 0) return;
  let node = root;
  for (const seg of path.slice(0, -1)) {
    if (node instanceof import_policy.Secret) node = node.value;
    if (!isObj(node)) return;
    node = node[seg];
  }
  if (node instanceof import_policy.Secret) node = node.value;
  if (!isObj(node)) return;
  const parent = node;
  const last = path[path.length - 1];
  if (parent[last] !== void 0 && !(parent[last] instanceof import_policy.Secret)) parent[last] = new import_policy.Secret(parent[last]);
}
function isPrefix(prefix, path) {
  return prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);
}
function isStrictPrefix(prefix, path) {
  return prefix.length < path.length && isPrefix(prefix, path);
}
function overlaps(secretJson, written) {
  return contains(written, secretJson) || contains(JSON.parse(secretJson), JSON.stringify(written) ?? "null");
}
function contains(haystack, needleJson) {
  if ((JSON.stringify(haystack) ?? "null") === needleJson) return true;
  return isObj(haystack) && Object.values(haystack).some((v) => contains(v, needleJson));
}

// policypack/policies.ts
var ENFORCEMENT = { error: "mandatory", warning: "advisory", note: "advisory" };
var SEVERITY = { error: "high", warning: "medium", note: "low" };
function podguardPolicies() {
  const config = stackSettingsIfValid()?.config;
  return RULES.map((rule) => {
    const level = config?.levels[rule.id] ?? rule.levels.hardened ?? rule.levels.restricted ?? rule.levels.baseline ?? "error";
    const remediable = rule.fixes === "safe" || typeof rule.fixes === "object";
    return {
      name: rule.id,
      description: rule.summary,
      // A rule switched off is also left out of the analysis, so no enforcement level set for it brings it back.
      enforcementLevel: config?.disabled.has(rule.id) ? "disabled" : ENFORCEMENT[level],
      severity: SEVERITY[level],
      remediationSteps: rule.help.fix + remediationNote(rule, remediable),
      configSchema: SETTINGS_SCHEMA,
      ...rule.pss && {
        framework: {
          name: "Kubernetes Pod Security Standards",
          version: LATEST,
          reference: "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
          specification: `${rule.pss.level}: ${rule.pss.check}`
        }
      },
      validateResource: (args, report) => validate(rule, args, report),
      ...remediable && { remediateResource: (args) => remediate(rule, args) },
      // Findings about the configuration rather than a resource are reported once, by AnalyzeStack, which alone sees
      // the whole stack (and so alone can tell that an exemption matched nothing). A CrossGuard policy may validate
      // both: the SDK runs each function in its own call, and the engine reports AnalyzeStack's diagnostics whatever
      // the policy's declared type.
      ...rule.about?.includes("configuration") && { validateStack: (args, report) => validateStack(rule, args, report) }
    };
  });
}
function remediationNote(rule, remediable) {
  if (remediable) return ' With enforcement level "remediate", podguard makes this change itself where it is safe to (a fix that takes away what the resource asks for is left to you).';
  if (rule.fixes === "unsafe") {
    return ' podguard never applies this fix itself, because it changes what the workload can do: with enforcement level "remediate" the policy stays mandatory.';
  }
  return ' The fix needs a choice only you can make, so with enforcement level "remediate" the policy stays mandatory.';
}
var recent = /* @__PURE__ */ new Map();
function analysisFor(args) {
  stackSettings();
  const target = workloadType(args.type, args.props);
  if (!target) return void 0;
  const settings = resolveSettings(args.getConfig());
  const options = analysisOptions(settings);
  const props = ownProperties(args.props);
  const key = JSON.stringify([settings.profile, settings.version, options.suppressions?.today, args.type, args.urn, props]);
  let analysis = recent.get(key);
  if (!analysis) {
    analysis = analyzeResource2(props, target, options);
    if (recent.size >= 8) recent.delete(recent.keys().next().value);
    recent.set(key, analysis);
  }
  return analysis;
}
function workloadType(type, props) {
  const m = /^kubernetes:([^:/]+)\/([^:/]+):([A-Za-z]+)$/.exec(type);
  let target;
  if (m) target = { apiVersion: m[1] === "core" ? m[2] : `${m[1]}/${m[2]}`, kind: m[3] };
  else if (/^kubernetes:[^:]*:CustomResource$/.test(type) && typeof props?.apiVersion === "string" && typeof props.kind === "string") target = { apiVersion: props.apiVersion, kind: props.kind };
  return target && hasPods(target.apiVersion, target.kind, stackSettingsIfValid()?.config.customResources) ? target : void 0;
}
function objectOf(props, target) {
  return { ...forAnalysis(props), ...target };
}
function analyzeResource2(props, target, options) {
  const { findings } = quietly(() => runFor(options).evaluate({ object: objectOf(props, target) }));
  const byRule = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.suppressed || f.resource === null) continue;
    let v = byRule.get(f.ruleId);
    if (!v) byRule.set(f.ruleId, v = { decided: [], open: [] });
    (f.unknown ? v.open : v.decided).push(f);
  }
  for (const v of byRule.values()) {
    if (v.open.length === 0) continue;
    const unknownPaths = new Set(v.open.map((u) => u.path));
    const inherits = (f) => !!f.restsOn && unknownPaths.has(formatPath(f.restsOn));
    v.open.push(...v.decided.filter(inherits));
    v.decided = v.decided.filter((f) => !inherits(f));
  }
  return { props, byRule };
}
function text(f, args) {
  const r = f.resource;
  return `${r?.kind} ${r?.namespace ? `${r.namespace}/` : ""}${r?.name || args.name}: ${f.message}`;
}
var runs = /* @__PURE__ */ new Map();
function runFor(options) {
  const key = JSON.stringify(options, (_, v) => v instanceof Set ? [...v] : v);
  let run = runs.get(key);
  if (!run) {
    if (runs.size >= 8) runs.delete(runs.keys().next().value);
    runs.set(key, run = new Run(options));
  }
  return run;
}
function quietly(work) {
  try {
    return work();
  } catch (e) {
    const error = new Error(`podguard: internal error: ${e instanceof Error ? e.message : String(e)}`);
    if (!process.env.PODGUARD_DEBUG) error.stack = error.message;
    throw error;
  }
}
var UnknownValueError2 = policySdk.UnknownValueError;
function validate(rule, args, report) {
  const analysis = analysisFor(args);
  if (!analysis) args.notApplicable("podguard checks only pod-bearing Kubernetes resources");
  const verdicts = analysis.byRule.get(rule.id);
  if (!verdicts) return;
  for (const f of verdicts.decided) report(text(f, args) + (f.fixSafety === "unsafe" ? UNSAFE_FIX : ""));
  const unknowns = verdicts.open.filter((f) => f.unknown);
  if (unknowns.length > 0) {
    const e = new UnknownValueError2("04da6b54-80e4-46f7-96ec-b56ff0331ba9", []);
    e.message = unknowns.map((f) => text(f, args)).join(" ");
    throw e;
  }
}
var UNSAFE_FIX = " (podguard has a fix, but an unsafe one: it takes away what the resource asks for and may break the workload, so remediation does not apply it.)";
function remediate(rule, args) {
  const analysis = analysisFor(args);
  if (!analysis) args.notApplicable("podguard remediates only pod-bearing Kubernetes resources");
  const edits = uniqueEdits((analysis.byRule.get(rule.id)?.decided ?? []).filter((f) => f.fixSafety === "safe")).filter((e) => !reachesUnknown(analysis.props, e.path));
  return edits.length > 0 ? applyKeepingSecrets(analysis.props, edits) : void 0;
}
function validateStack(rule, args, report) {
  const settings = resolveSettings(args.getConfig());
  const inputs = args.resources.flatMap((r) => {
    const target = workloadType(r.type, r.props);
    return target ? [{ object: objectOf(ownProperties(r.props), target) }] : [];
  });
  const end = quietly(() => {
    const run = new Run(analysisOptions(settings));
    for (const input of inputs) run.add(input);
    return run.finish();
  });
  const places = settings.stack.exemptionPlaces;
  for (const f of end.findings) if (f.ruleId === rule.id) report(`${f.exemption !== void 0 ? places[f.exemption] : "podguard"}: ${f.message}`);
}

// policypack/index.ts
exitWhenEngineLeaves();
new import_policy2.PolicyPack("podguard", {
  displayName: "podguard",
  provider: "kubernetes",
  policies: podguardPolicies()
});
