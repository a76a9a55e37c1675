import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractApiSymbols } from '@/lib/extract/api-symbols';
import { extractPage } from '@/lib/extract/extract-page';

// Small pages written from what each generator's real markup looks like (none of these generators
// is in the corpus): the generic path must read them without a per-site rule.

/** A fixture may open with its page's <title> (some generators name the item only there). */
function doc(html: string): Document {
  const title = /^<title>(.*?)<\/title>/.exec(html);
  const body = title ? html.slice(title[0].length) : html;
  return parseHTML(
    `<!doctype html><html lang="en"><head><title>${title?.[1] ?? 't'}</title></head><body>${body}</body></html>`,
  ).document as unknown as Document;
}

const PROSE = '<p>This page documents the API in detail, with every member and what it does for you.</p>';

const JAVADOC = `<main><div class="header"><h1 title="Class ArrayList" class="title">Class ArrayList&lt;E&gt;</h1></div>
<div class="inheritance">java.lang.Object<div class="inheritance">java.util.AbstractList&lt;E&gt;<div class="inheritance">java.util.ArrayList&lt;E&gt;</div></div></div>
<section class="description"><hr><div class="type-signature"><span class="modifiers">public class </span><span class="element-name type-name-label">ArrayList&lt;E&gt;</span>
<span class="extends-implements">extends AbstractList&lt;E&gt; implements List&lt;E&gt;</span></div><div class="block">Resizable-array implementation of the List interface.</div></section>
<section class="constructor-details"><h2>Constructor Details</h2><ul class="member-list"><li><section class="detail" id="&lt;init&gt;(int)"><h3>ArrayList</h3>
<div class="member-signature"><span class="modifiers">public</span>&nbsp;<span class="element-name">ArrayList</span><wbr><span class="parameters">(int&nbsp;initialCapacity)</span></div>
<div class="block">Constructs an empty list with the specified initial capacity.</div></section></li></ul></section>
<section class="method-details"><h2>Method Details</h2><ul class="member-list">
<li><section class="detail" id="add(E)"><h3>add</h3><div class="member-signature"><span class="modifiers">public</span>&nbsp;<span class="return-type">boolean</span>&nbsp;<span class="element-name">add</span><wbr><span class="parameters">(E&nbsp;e)</span></div>
<div class="block">Appends the specified element to the end of this list.</div></section></li>
<li><section class="detail" id="size()"><h3>size</h3><div class="member-signature"><span class="modifiers">public</span>&nbsp;<span class="return-type">int</span>&nbsp;<span class="element-name">size</span>()</div>
<div class="block">Returns the number of elements in this list.</div></section></li>
<li><section class="detail" id="clear()"><h3>clear</h3><div class="member-signature"><span class="modifiers">public</span>&nbsp;<span class="return-type">void</span>&nbsp;<span class="element-name">clear</span>()</div>
<div class="block">Removes all of the elements from this list.</div></section></li></ul></section></main>`;

const GODOC = `<h1>Package bytes</h1>${PROSE}
<h2 id="pkg-overview">Overview</h2><p>Package bytes implements functions for the manipulation of byte slices.</p>
<h3 id="Contains">func <a href="/src/bytes/bytes.go?s=1:2#L80">Contains</a></h3><pre>func Contains(b, subslice []byte) bool</pre><p>Contains reports whether subslice is within b.</p>
<h3 id="Buffer">type <a href="/src/bytes/buffer.go">Buffer</a></h3><pre>type Buffer struct { }</pre><p>A Buffer is a variable-sized buffer of bytes with Read and Write methods.</p>
<h4 id="NewBuffer">func <a href="/src">NewBuffer</a></h4><pre>func NewBuffer(buf []byte) *Buffer</pre><p>NewBuffer creates and initializes a new Buffer using buf as its initial contents.</p>
<h4 id="Buffer.Len">func (*Buffer) <a href="/src">Len</a></h4><pre>func (b *Buffer) Len() int</pre><p>Len returns the number of bytes of the unread portion of the buffer.</p>
<h4 id="Buffer.WriteString">func (*Buffer) <a href="/src">WriteString</a></h4><pre>func (b *Buffer) WriteString(s string) (n int, err error)</pre><p>WriteString appends the contents of s to the buffer, growing the buffer as needed.</p>`;

const TYPEDOC = `<div class="tsd-page-title"><h1>Class EventEmitter&lt;T&gt;</h1></div>${PROSE}
<section class="tsd-panel-group tsd-member-group"><h2>Constructors</h2>
<section class="tsd-panel tsd-member"><a id="constructor" class="tsd-anchor"></a><h3 class="tsd-anchor-link"><span>constructor</span></h3>
<ul class="tsd-signatures"><li class="tsd-signature tsd-anchor-link" id="constructor.new_EventEmitter">new <span class="tsd-kind-constructor-signature">EventEmitter</span>&lt;T&gt;(): <a class="tsd-signature-type">EventEmitter</a>&lt;T&gt;</li></ul></section></section>
<section class="tsd-panel-group tsd-member-group"><h2>Methods</h2>
<section class="tsd-panel tsd-member"><a id="emit" class="tsd-anchor"></a><h3 class="tsd-anchor-link"><span>emit</span></h3>
<ul class="tsd-signatures"><li class="tsd-signature tsd-anchor-link" id="emit.emit-1"><span class="tsd-kind-call-signature">emit</span>(event: <span class="tsd-signature-type">string</span>, ...args: <span class="tsd-signature-type">unknown</span>[]): <span class="tsd-signature-type">boolean</span></li></ul>
<div class="tsd-description"><div class="tsd-comment tsd-typography"><p>Calls each of the listeners registered for the event.</p></div></div></section>
<section class="tsd-panel tsd-member"><a id="on" class="tsd-anchor"></a><h3 class="tsd-anchor-link"><span>on</span></h3>
<ul class="tsd-signatures"><li class="tsd-signature tsd-anchor-link" id="on.on-1"><span class="tsd-kind-call-signature">on</span>(event: <span class="tsd-signature-type">string</span>, listener: Function): <span class="tsd-signature-type">this</span></li></ul>
<div class="tsd-description"><div class="tsd-comment tsd-typography"><p>Adds the listener function to the end of the listeners array.</p></div></div></section></section>`;

const MDN = `<main><article><header><h1>Array.prototype.map()</h1></header>
<div class="section-content"><p>The <strong><code>map()</code></strong> method of <a href="/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array"><code>Array</code></a> instances creates a new array populated with the results of calling a provided function on every element in the calling array.</p></div>
<section aria-labelledby="syntax"><h2 id="syntax"><a href="#syntax">Syntax</a></h2><div class="code-example"><pre class="brush: js notranslate"><code>map(callbackFn)
map(callbackFn, thisArg)</code></pre></div>
<h3 id="parameters"><a href="#parameters">Parameters</a></h3><dl><dt id="callbackfn"><a href="#callbackfn"><code>callbackFn</code></a></dt><dd><p>A function to execute for each element in the array.</p></dd></dl></section></article></main>`;

const MDN_CLASS = `<main><article><h1>Map</h1>${PROSE}<h2 id="instance_methods">Instance methods</h2><dl>
<dt id="map.prototype.clear"><a href="/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/clear"><code>Map.prototype.clear()</code></a></dt><dd><p>Removes all key-value pairs from the Map object.</p></dd>
<dt id="map.prototype.get"><a href="/get"><code>Map.prototype.get()</code></a></dt><dd><p>Returns the value associated to the passed key, or undefined if there is none.</p></dd>
<dt id="map.prototype.set"><a href="/set"><code>Map.prototype.set()</code></a></dt><dd><p>Sets the value for the passed key in the Map object.</p></dd></dl></article></main>`;

const CPPREFERENCE = `<div id="content"><h1 id="firstHeading" class="firstHeading"><span style="font-size:0.7em; line-height:130%">std::vector&lt;T,Allocator&gt;::</span>push_back</h1>
<div id="bodyContent"><table class="t-dcl-begin"><tbody><tr class="t-dcl"><td><span class="mw-geshi cpp source-cpp">void push_back<span class="br0">(</span> <span class="kw4">const</span> T<span class="sy3">&amp;</span> value <span class="br0">)</span><span class="sy4">;</span></span></td><td>(1)</td></tr></tbody></table>
<p>Appends the given element <code>value</code> to the end of the container.</p></div></div>`;

const DOXYGEN = `<div class="header"><div class="headertitle"><div class="title">Stack Class Reference</div></div></div>
<h1>Stack Class Reference</h1>
<table class="memberdecls"><tr class="heading"><td colspan="2"><h2 class="groupheader">Public Member Functions</h2></td></tr>
<tr class="memitem:a1"><td class="memItemLeft" align="right" valign="top">void&#160;</td><td class="memItemRight" valign="bottom"><a class="el" href="class_stack.html#a1">push</a> (int x)</td></tr>
<tr class="memdesc:a1"><td class="mdescLeft">&#160;</td><td class="mdescRight">Pushes x onto the stack.</td></tr>
<tr class="memitem:a2"><td class="memItemLeft" align="right" valign="top">int&#160;</td><td class="memItemRight" valign="bottom"><a class="el" href="class_stack.html#a2">pop</a> ()</td></tr>
<tr class="memdesc:a2"><td class="mdescLeft">&#160;</td><td class="mdescRight">Removes and returns the top element.</td></tr></table>
<h2 class="groupheader">Member Function Documentation</h2>
<h2 class="memtitle"><span class="permalink"><a href="#a1">&#9670;&#160;</a></span>push()</h2>
<div class="memitem"><div class="memproto"><table class="memname"><tr><td class="memname">void Stack::push</td><td>(</td><td class="paramtype">int&#160;</td><td class="paramname"><em>x</em></td><td>)</td></tr></table></div>
<div class="memdoc"><p>Pushes x onto the stack, growing it when it is full.</p></div></div>
<h2 class="memtitle"><span class="permalink"><a href="#a2">&#9670;&#160;</a></span>pop()</h2>
<div class="memitem"><div class="memproto"><table class="memname"><tr><td class="memname">int Stack::pop</td><td>(</td><td>)</td></tr></table></div>
<div class="memdoc"><p>Removes and returns the top element of the stack.</p></div></div>`;

// rustdoc as Rust 1.7x–1.8x writes it (the corpus has 1.63): "Source" links instead of "[src]",
// "§" anchors before headings, a copy-path button inside the <h1>.
const RUSTDOC_NEW = `<main><section id="main-content" class="content"><div class="main-heading"><span class="rustdoc-breadcrumbs"><a href="../index.html">std</a>::<a href="index.html">vec</a></span><h1>Struct <span class="struct">Vec</span><button id="copy-path" title="Copy item path to clipboard">Copy item path</button></h1><span class="sub-heading"><span class="since" title="Stable since Rust version 1.0.0">1.0.0</span> · <a class="src" href="#">Source</a> </span></div>
<pre class="rust item-decl"><code>pub struct Vec&lt;T&gt; { /* private fields */ }</code></pre><details class="toggle top-doc" open><summary class="hideme"><span>Expand description</span></summary><div class="docblock"><p>A contiguous growable array type, written as <code>Vec&lt;T&gt;</code>, short for ‘vector’.</p><h2 id="examples"><a class="doc-anchor" href="#examples">§</a>Examples</h2><p>A vector keeps its elements on the heap and grows its capacity as elements are pushed.</p></div></details>
<h2 id="implementations" class="section-header">Implementations<a href="#implementations" class="anchor">§</a></h2><div id="implementations-list"><details class="toggle implementors-toggle" open><summary><section id="impl-Vec%3CT%3E" class="impl"><a class="src rightside" href="#">Source</a><h3 class="code-header">impl&lt;T&gt; <a class="struct" href="struct.Vec.html">Vec</a>&lt;T&gt;</h3></section></summary><div class="impl-items">
<details class="toggle method-toggle" open><summary><section id="method.new" class="method"><span class="rightside"><span class="since">1.0.0</span> (const: 1.39.0) · <a class="src" href="#">Source</a></span><h4 class="code-header">pub const fn <a href="#method.new" class="fn">new</a>() -&gt; <a class="struct" href="struct.Vec.html">Vec</a>&lt;T&gt;</h4></section></summary><div class="docblock"><p>Constructs a new, empty <code>Vec&lt;T&gt;</code>.</p></div></details>
<details class="toggle method-toggle" open><summary><section id="method.push" class="method"><span class="rightside"><span class="since">1.0.0</span> · <a class="src" href="#">Source</a></span><h4 class="code-header">pub fn <a href="#method.push" class="fn">push</a>(&amp;mut self, value: T)</h4></section></summary><div class="docblock"><p>Appends an element to the back of a collection.</p></div></details>
<details class="toggle method-toggle" open><summary><section id="method.pop" class="method"><span class="rightside"><a class="src" href="#">Source</a></span><h4 class="code-header">pub fn <a href="#method.pop" class="fn">pop</a>(&amp;mut self) -&gt; <a class="enum" href="#">Option</a>&lt;T&gt;</h4></section></summary><div class="docblock"><p>Removes the last element from a vector and returns it, or <code>None</code> if it is empty.</p></div></details>
</div></details></div></section></main>`;

// JSDoc's default template: signatures in <h4 class="name"> as plain text ("start() → {void}"),
// the class in "Class: Timer", the constructor as "new Timer(interval)".
const JSDOC = `<div id="main"><h1 class="page-title">Class: Timer</h1><section><header><h2><span class="attribs"><span class="type-signature"></span></span>Timer<span class="signature">(interval)</span><span class="type-signature"></span></h2><div class="class-description">A timer that calls its listeners at a fixed interval, until it is stopped.</div></header><article><div class="container-overview"><h4 class="name" id="Timer"><span class="type-signature"></span>new Timer<span class="signature">(interval)</span><span class="type-signature"></span></h4><div class="description">Creates a timer that ticks every <code>interval</code> milliseconds.</div><h5>Parameters:</h5><table class="params"><thead><tr><th>Name</th><th>Type</th><th class="last">Description</th></tr></thead><tbody><tr><td class="name"><code>interval</code></td><td class="type"><span class="param-type">number</span></td><td class="description last">Milliseconds between ticks.</td></tr></tbody></table></div>
<h3 class="subsection-title">Members</h3><h4 class="name" id="running"><span class="type-signature"></span>running<span class="type-signature"> :boolean</span></h4><div class="description">Whether the timer is ticking now.</div>
<h3 class="subsection-title">Methods</h3>
<h4 class="name" id="start"><span class="type-signature"></span>start<span class="signature">()</span><span class="type-signature"> &rarr; {void}</span></h4><div class="description">Starts the timer; the first tick comes one interval later.</div>
<h4 class="name" id="stop"><span class="type-signature"></span>stop<span class="signature">()</span><span class="type-signature"> &rarr; {void}</span></h4><div class="description">Stops the timer and drops pending ticks.</div>
<h4 class="name" id="onTick"><span class="type-signature"></span>onTick<span class="signature">(listener)</span><span class="type-signature"> &rarr; {function}</span></h4><div class="description">Adds a listener called on every tick and returns a function that removes it.</div>
</article></section></div><nav><h2><a href="index.html">Home</a></h2><h3>Classes</h3><ul><li><a href="Timer.html">Timer</a></li></ul></nav>`;

// ExDoc (Elixir): every signature an <h1 class="signature">, the module's name only in the page's
// <h1> and <title>, icon links captioned for screen readers ("View Source").
const EXDOC = `<title>Enum — Elixir v1.17.0</title><div class="body-wrapper"><div class="content"><div class="content-inner"><div id="top-content"><h1><a href="https://github.com/elixir-lang/elixir/blob/v1.17.0/lib/elixir/lib/enum.ex#L1" title="View Source" class="icon-action" rel="help"><i class="ri-code-s-slash-line" aria-hidden="true"></i><span class="sr-only">View Source</span></a> <span translate="no">Enum</span> <small class="app-vsn" translate="no">(Elixir v1.17.0)</small></h1><section id="moduledoc"><p>Functions for working with collections (known as enumerables).</p><p>In Elixir, an enumerable is any data type that implements the Enumerable protocol. Lists, maps and ranges are enumerables.</p></section>
<section id="summary" class="details-list"><h1 class="section-heading"><a class="hover-link" href="#summary"><i class="ri-link-m" aria-hidden="true"></i></a><span class="text">Summary</span></h1><div class="summary-functions summary"><h2><a href="#functions">Functions</a></h2><div class="summary-row"><div class="summary-signature"><a href="#map/2" translate="no">map(enumerable, fun)</a></div><div class="summary-synopsis"><p>Returns a list where each element is the result of invoking fun on each corresponding element of enumerable.</p></div></div></div></section>
<section id="functions" class="details-list"><h1 class="section-heading"><a class="hover-link" href="#functions"><i class="ri-link-m" aria-hidden="true"></i></a><span class="text">Functions</span></h1><div class="functions-list">
<section class="detail" id="count/1"><div class="detail-header"><a href="#count/1" class="detail-link" title="Link to this function"><i class="ri-link-m" aria-hidden="true"></i><span class="sr-only">Link to this function</span></a><h1 class="signature" translate="no">count(enumerable)</h1><a href="https://github.com/x" class="icon-action" title="View Source" rel="help"><i class="ri-code-s-slash-line" aria-hidden="true"></i><span class="sr-only">View Source</span></a></div><section class="docstring"><pre translate="no"><span class="attribute">@spec</span> count(<span class="t">t</span>()) :: <span class="t">non_neg_integer</span>()</pre><p>Returns the size of the enumerable.</p><h2>Examples</h2><pre><code class="makeup elixir">iex&gt; Enum.count([1, 2, 3])
3</code></pre></section></section>
<section class="detail" id="filter/2"><div class="detail-header"><a href="#filter/2" class="detail-link" title="Link to this function"><i class="ri-link-m" aria-hidden="true"></i><span class="sr-only">Link to this function</span></a><h1 class="signature" translate="no">filter(enumerable, fun)</h1></div><section class="docstring"><p>Filters the enumerable, i.e. returns only those elements for which fun returns a truthy value.</p></section></section>
<section class="detail" id="map/2"><div class="detail-header"><a href="#map/2" class="detail-link" title="Link to this function"><i class="ri-link-m" aria-hidden="true"></i><span class="sr-only">Link to this function</span></a><h1 class="signature" translate="no">map(enumerable, fun)</h1></div><section class="docstring"><p>Returns a list where each element is the result of invoking fun on each corresponding element of enumerable.</p><pre><code>iex&gt; Enum.map([1, 2, 3], fn x -&gt; x * 2 end)
[2, 4, 6]</code></pre></section></section>
</div></section></div></div></div>`;

type Expect = [label: string, memberKind: string, owner?: string];

describe.each([
  [
    'Javadoc',
    JAVADOC,
    [
      ['ArrayList', 'type'],
      ['ArrayList.add', 'method', 'ArrayList'],
      ['ArrayList.size', 'method', 'ArrayList'],
      ['ArrayList.clear', 'method', 'ArrayList'],
    ],
  ],
  [
    'godoc',
    GODOC,
    [
      ['bytes.Contains', 'function', 'bytes'],
      ['bytes.Buffer', 'type', 'bytes'],
      ['Buffer.Len', 'method', 'Buffer'],
      ['Buffer.WriteString', 'method', 'Buffer'],
    ],
  ],
  [
    'TypeDoc',
    TYPEDOC,
    [
      ['EventEmitter', 'type'],
      ['EventEmitter.emit', 'method', 'EventEmitter'],
      ['EventEmitter.on', 'method', 'EventEmitter'],
    ],
  ],
  ['MDN method page', MDN, [['Array.prototype.map', 'function', 'Array.prototype']]],
  [
    'MDN class page',
    MDN_CLASS,
    [
      ['Map.prototype.clear', 'function'],
      ['Map.prototype.get', 'function'],
      ['Map.prototype.set', 'function'],
    ],
  ],
  ['cppreference', CPPREFERENCE, [['std::vector::push_back', 'function', 'std::vector']]],
  [
    'JSDoc',
    JSDOC,
    [
      ['Timer', 'type'],
      ['new Timer()', 'constructor', 'Timer'],
      ['Timer.start', 'method', 'Timer'],
      ['Timer.stop', 'method', 'Timer'],
      ['Timer.onTick', 'method', 'Timer'],
    ],
  ],
  [
    'ExDoc',
    EXDOC,
    [
      ['Enum', 'module'],
      ['Enum.count', 'function', 'Enum'],
      ['Enum.filter', 'function', 'Enum'],
      ['Enum.map', 'function', 'Enum'],
    ],
  ],
  [
    'rustdoc 1.8x',
    RUSTDOC_NEW,
    [
      ['Vec', 'type'],
      ['Vec::new', 'constructor', 'Vec'],
      ['Vec::push', 'method', 'Vec'],
      ['Vec::pop', 'method', 'Vec'],
    ],
  ],
  [
    'Doxygen',
    DOXYGEN,
    [
      ['Stack', 'type'],
      ['Stack::push', 'method', 'Stack'],
      ['Stack::pop', 'method', 'Stack'],
    ],
  ],
] as [string, string, Expect[]][])('%s', (_name, html, expected) => {
  it('gives each documented item one api concept with its kind, owner and summary', () => {
    const got = new Map(extractApiSymbols(doc(html)).map((c) => [c.label, c]));
    for (const [label, memberKind, owner] of expected) {
      const c = got.get(label);
      expect(c, `${label} in ${[...got.keys()].join(', ')}`).toBeDefined();
      expect(c?.memberKind, label).toBe(memberKind);
      if (owner) expect(c?.owner, label).toBe(owner);
      expect(c?.definition, label).toContain(label);
    }
  });

  it('reads the page as an api-reference', () => {
    expect(extractPage(doc(html)).pageKind).toBe('api-reference');
  });

  it('takes none of its chrome, anchors or summary openers as a concept', () => {
    const labels = extractPage(doc(html)).concepts.map((c) => c.label);
    for (const l of labels) {
      expect(l, l).not.toMatch(/^[§¶#]|^(?:Source|Copy item path|Expand description)$/u);
      expect(l, l).not.toMatch(/^(?:Returns|Appends|Removes|Constructs|Creates|Pushes|Adds|Sets|Calls)$/u);
    }
  });
});
