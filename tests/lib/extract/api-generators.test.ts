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

// Javadoc before JDK 9: the class in <h2 class="title">, each member a bare-name <h4> followed by
// its signature in a <pre>, descriptions in <div class="block">.
const JAVADOC_8 = `<title>ArrayList (Java Platform SE 8 )</title><div class="topNav"><ul class="navList" title="Navigation"><li><a href="../../overview-summary.html">Overview</a></li><li><a href="package-summary.html">Package</a></li><li class="navBarCell1Rev">Class</li></ul></div>
<div class="header"><div class="subTitle">java.util</div><h2 title="Class ArrayList" class="title">Class ArrayList&lt;E&gt;</h2></div>
<div class="contentContainer"><ul class="inheritance"><li>java.lang.Object</li><li><ul class="inheritance"><li>java.util.AbstractList&lt;E&gt;</li></ul></li></ul>
<div class="description"><ul class="blockList"><li class="blockList"><hr><br><pre>public class <span class="typeNameLabel">ArrayList&lt;E&gt;</span>
extends AbstractList&lt;E&gt;
implements List&lt;E&gt;, RandomAccess, Cloneable, Serializable</pre>
<div class="block">Resizable-array implementation of the <tt>List</tt> interface. Implements all optional list operations, and permits all elements, including <tt>null</tt>.</div></li></ul></div>
<div class="summary"><ul class="blockList"><li class="blockList"><ul class="blockList"><li class="blockList"><a name="method.summary"></a><h3>Method Summary</h3>
<table class="memberSummary" border="0" cellpadding="3" cellspacing="0" summary="Method Summary table"><tr><th class="colFirst" scope="col">Modifier and Type</th><th class="colLast" scope="col">Method and Description</th></tr>
<tr class="altColor"><td class="colFirst"><code>boolean</code></td><td class="colLast"><code><span class="memberNameLink"><a href="#add-E-">add</a></span>(<a href="ArrayList.html" title="type parameter in ArrayList">E</a>&nbsp;e)</code><div class="block">Appends the specified element to the end of this list.</div></td></tr>
<tr class="rowColor"><td class="colFirst"><code>int</code></td><td class="colLast"><code><span class="memberNameLink"><a href="#size--">size</a></span>()</code><div class="block">Returns the number of elements in this list.</div></td></tr></table></li></ul></li></ul></div>
<div class="details"><ul class="blockList"><li class="blockList"><ul class="blockList"><li class="blockList"><a name="method.detail"></a><h3>Method Detail</h3>
<a name="add-E-"></a><ul class="blockList"><li class="blockList"><h4>add</h4><pre>public&nbsp;boolean&nbsp;add(<a href="ArrayList.html" title="type parameter in ArrayList">E</a>&nbsp;e)</pre><div class="block">Appends the specified element to the end of this list.</div></li></ul>
<a name="size--"></a><ul class="blockListLast"><li class="blockList"><h4>size</h4><pre>public&nbsp;int&nbsp;size()</pre><div class="block">Returns the number of elements in this list.</div></li></ul>
<a name="clear--"></a><ul class="blockListLast"><li class="blockList"><h4>clear</h4><pre>public&nbsp;void&nbsp;clear()</pre><div class="block">Removes all of the elements from this list. The list will be empty after this call returns.</div></li></ul>
</li></ul></li></ul></div></div>`;

// Dokka (Kotlin): declarations in ".symbol.monospace" blocks, briefs after them.
const DOKKA = `<title>MutableList</title><div id="container"><div id="main"><div class="main-content" data-page-type="classlike" id="content"><div class="breadcrumbs"><a href="../../index.html">kotlin-stdlib</a><span class="delimiter">/</span><a href="index.html">kotlin.collections</a><span class="delimiter">/</span><span class="current">MutableList</span></div><div class="cover "><h1 class="cover"><span>Mutable</span><wbr><span><span>List</span></span></h1><div class="platform-hinted"><div class="content sourceset-dependent-content" data-active="" data-togglable=":kotlin-stdlib:dokkaHtml/common"><div class="symbol monospace"><span class="token keyword">interface </span><a href="index.html">MutableList</a><span class="token operator">&lt;</span><span class="token keyword"></span><a href="#">E</a><span class="token operator">&gt; </span><span class="token operator">: </span><a href="-list/index.html">List</a><span class="token operator">&lt;</span><span class="token keyword"></span><a href="#">E</a><span class="token operator">&gt; </span></div><p class="paragraph">A generic ordered collection of elements that supports adding and removing elements.</p></div></div></div>
<div class="tabbedcontent"><div class="table" data-togglable="FUNCTION">
<a data-name="-1146450224%2FFunctions%2F-1669463036" anchor-label="add" id="-1146450224%2FFunctions%2F-1669463036" data-filterable-set=":kotlin-stdlib:dokkaHtml/common"></a><div class="table-row" data-filterable-current=":kotlin-stdlib:dokkaHtml/common"><div class="main-subrow keyValue "><div class=""><span class="inline-flex"><div><a href="add.html"><span><span>add</span></span></a></div><span class="anchor-wrapper"><span class="anchor-icon" pointing-to="-1146450224%2FFunctions%2F-1669463036"></span></span></span></div><div><div class="title"><div class="platform-hinted"><div class="content sourceset-dependent-content"><div class="symbol monospace"><span class="token keyword">abstract </span><span class="token keyword">fun </span><a href="add.html"><span class="token function">add</span></a><span class="token punctuation">(</span><span class="parameters "><span class="parameter ">element<span class="token operator">: </span><a href="#">E</a></span></span><span class="token punctuation">)</span><span class="token operator">: </span><a href="#">Boolean</a></div><div class="brief "><p class="paragraph">Adds the specified element to the end of this list.</p></div></div></div></div></div></div></div>
<a data-name="x2" anchor-label="clear" id="x2"></a><div class="table-row"><div class="main-subrow keyValue "><div class=""><span class="inline-flex"><div><a href="clear.html"><span><span>clear</span></span></a></div></span></div><div><div class="title"><div class="platform-hinted"><div class="content sourceset-dependent-content"><div class="symbol monospace"><span class="token keyword">abstract </span><span class="token keyword">fun </span><a href="clear.html"><span class="token function">clear</span></a><span class="token punctuation">(</span><span class="token punctuation">)</span></div><div class="brief "><p class="paragraph">Removes all elements from this collection.</p></div></div></div></div></div></div></div>
<a data-name="x3" anchor-label="removeAt" id="x3"></a><div class="table-row"><div class="main-subrow keyValue "><div class=""><span class="inline-flex"><div><a href="remove-at.html"><span><span>remove</span><wbr><span><span>At</span></span></span></a></div></span></div><div><div class="title"><div class="platform-hinted"><div class="content sourceset-dependent-content"><div class="symbol monospace"><span class="token keyword">abstract </span><span class="token keyword">fun </span><a href="remove-at.html"><span class="token function">removeAt</span></a><span class="token punctuation">(</span><span class="parameters "><span class="parameter ">index<span class="token operator">: </span><a href="#">Int</a></span></span><span class="token punctuation">)</span><span class="token operator">: </span><a href="#">E</a></div><div class="brief "><p class="paragraph">Removes an element at the specified index from the list.</p></div></div></div></div></div></div></div>
</div></div></div></div></div>`;

// pdoc (Python): declarations in div.attr blocks ("def area(self) -> float:"), a "View Source"
// toggle inside them, methods inside their class's <section>.
const PDOC = `<title>shapes.geometry API documentation</title><nav class="pdoc"><h2>API Documentation</h2><ul class="memberlist"><li><a class="class" href="#Circle">Circle</a></li></ul></nav><main class="pdoc"><section class="module-info"><h1 class="modulename"><a href="./../shapes.html">shapes</a><wbr>.geometry    </h1><div class="docstring"><p>Plane shapes and the measures of them: areas, perimeters and the distances between shapes.</p></div></section>
<section id="Circle"><input id="Circle-view-source" class="view-source-toggle-state" type="checkbox" aria-hidden="true" tabindex="-1"><div class="attr class"><span class="def">class</span>
<span class="name">Circle</span>(<span class="base">Shape</span>):<label class="view-source-button" for="Circle-view-source"><span>View Source</span></label></div><a class="headerlink" href="#Circle"></a><div class="docstring"><p>A circle given by its centre and radius.</p></div>
<div id="Circle.__init__" class="classattr"><div class="attr function"><span class="name">Circle</span><span class="signature pdoc-code condensed">(<span class="param"><span class="n">radius</span><span class="p">:</span> <span class="nb">float</span></span>)</span></div><a class="headerlink" href="#Circle.__init__"></a><div class="docstring"><p>Makes a circle of the given radius around the origin.</p></div></div>
<div id="Circle.area" class="classattr"><div class="attr function"><span class="def">def</span>
<span class="name">area</span><span class="signature pdoc-code condensed">(<span class="bp">self</span>) -> <span class="nb">float</span>:</span></div><a class="headerlink" href="#Circle.area"></a><div class="docstring"><p>The area enclosed by the circle.</p></div></div>
<div id="Circle.scale" class="classattr"><div class="attr function"><span class="def">def</span>
<span class="name">scale</span><span class="signature pdoc-code condensed">(<span class="bp">self</span>, <span class="n">factor</span><span class="p">:</span> <span class="nb">float</span>) -> <span class="n">Circle</span>:</span></div><a class="headerlink" href="#Circle.scale"></a><div class="docstring"><p>A new circle with the radius multiplied by factor.</p></div></div></section>
<section id="distance"><div class="attr function"><span class="def">def</span>
<span class="name">distance</span><span class="signature pdoc-code condensed">(<span class="param"><span class="n">a</span><span class="p">:</span> <span class="n">Shape</span></span>, <span class="param"><span class="n">b</span><span class="p">:</span> <span class="n">Shape</span></span>) -> <span class="nb">float</span>:</span></div><a class="headerlink" href="#distance"></a><div class="docstring"><p>The shortest distance between the outlines of two shapes.</p></div></section></main>`;

// pkg.go.dev: each item a heading "func (*Builder) Len" over its declaration in a <pre>; the
// package named only in the <h1> and <title>, and in its examples' code.
const PKG_GO_DEV = `<title>strings package - strings - Go Packages</title><header class="go-Header"><nav><a href="/">Discover Packages</a></nav></header><main class="go-Main"><div class="go-Main-header"><div class="UnitHeader"><h1 class="UnitHeader-titleHeading" data-test-id="UnitHeader-title">strings</h1><div class="UnitHeader-details"><span class="go-Main-headerDetailItem">Version: go1.22.0</span></div></div></div>
<article class="go-Main-article"><div class="UnitDoc"><h2 class="UnitDoc-title" id="section-documentation">Documentation <a class="UnitDoc-idLink" href="#section-documentation" title="Go to Documentation" aria-label="Go to Documentation">¶</a></h2>
<div class="Documentation-content js-docContent"><section class="Documentation-overview"><h3 tabindex="-1" id="pkg-overview" class="Documentation-overviewHeader">Overview <a href="#pkg-overview" title="Go to Overview" aria-label="Go to Overview">¶</a></h3><p>Package strings implements simple functions to manipulate UTF-8 encoded strings.</p></section>
<section class="Documentation-functions"><h3 tabindex="-1" id="pkg-functions" class="Documentation-functionsHeader">Functions <a href="#pkg-functions" title="Go to Functions" aria-label="Go to Functions">¶</a></h3>
<div class="Documentation-declaration"><h4 tabindex="-1" id="Contains" data-kind="function" class="Documentation-functionHeader"><span>func <a class="Documentation-source" href="https://cs.opensource.google/go/go/+/go1.22.0:src/strings/strings.go;l=62">Contains</a> <a class="Documentation-idLink" href="#Contains" title="Go to Contains" aria-label="Go to Contains">¶</a></span></h4><div class="Documentation-declaration"><pre>func Contains(s, substr <a href="/builtin#string">string</a>) <a href="/builtin#bool">bool</a></pre></div><p>Contains reports whether substr is within s.</p><details class="Documentation-exampleDetails"><summary>Example</summary><pre class="Documentation-exampleCode">fmt.Println(strings.Contains("seafood", "foo"))
fmt.Println(strings.Contains("seafood", "bar"))</pre></details></div>
<div class="Documentation-declaration"><h4 tabindex="-1" id="Split" data-kind="function" class="Documentation-functionHeader"><span>func <a class="Documentation-source" href="#">Split</a> <a class="Documentation-idLink" href="#Split" aria-label="Go to Split">¶</a></span></h4><div class="Documentation-declaration"><pre>func Split(s, sep <a href="/builtin#string">string</a>) []<a href="/builtin#string">string</a></pre></div><p>Split slices s into all substrings separated by sep and returns a slice of the substrings between those separators.</p></div></section>
<section class="Documentation-types"><h3 tabindex="-1" id="pkg-types" class="Documentation-typesHeader">Types <a href="#pkg-types" aria-label="Go to Types">¶</a></h3>
<div class="Documentation-type"><h4 tabindex="-1" id="Builder" data-kind="type" class="Documentation-typeHeader"><span>type <a class="Documentation-source" href="#">Builder</a> <a class="Documentation-idLink" href="#Builder" aria-label="Go to Builder">¶</a></span></h4><div class="Documentation-declaration"><pre>type Builder struct {
	<span class="comment">// contains filtered or unexported fields</span>
}</pre></div><p>A Builder is used to efficiently build a string using Write methods. It minimizes memory copying.</p>
<div class="Documentation-typeMethod"><h4 tabindex="-1" id="Builder.Len" data-kind="method" class="Documentation-typeMethodHeader"><span>func (*Builder) <a class="Documentation-source" href="#">Len</a> <a class="Documentation-idLink" href="#Builder.Len" aria-label="Go to Builder.Len">¶</a></span></h4><div class="Documentation-declaration"><pre>func (b *<a href="#Builder">Builder</a>) Len() <a href="/builtin#int">int</a></pre></div><p>Len returns the number of accumulated bytes; b.Len() == len(b.String()).</p></div>
<div class="Documentation-typeMethod"><h4 tabindex="-1" id="Builder.WriteString" data-kind="method" class="Documentation-typeMethodHeader"><span>func (*Builder) <a class="Documentation-source" href="#">WriteString</a> <a class="Documentation-idLink" href="#Builder.WriteString" aria-label="Go to Builder.WriteString">¶</a></span></h4><div class="Documentation-declaration"><pre>func (b *<a href="#Builder">Builder</a>) WriteString(s <a href="/builtin#string">string</a>) (<a href="/builtin#int">int</a>, <a href="/builtin#error">error</a>)</pre></div><p>WriteString appends the contents of s to b's buffer.</p></div></div></section></div></div></article></main>`;

// Microsoft Learn (.NET): "List<T> Class" as the title, members in plain tables under "Methods".
const MS_LEARN = `<title>List&lt;T&gt; Class (System.Collections.Generic) | Microsoft Learn</title><main id="main" role="main" class="content" data-bi-name="content" lang="en-us" dir="ltr"><h1 id="system-collections-generic-list-1" class="margin-top-none">List&lt;T&gt; Class</h1><div class="metadata"><dl class="attributeList"><dt>Namespace:</dt><dd><a class="xref" href="system.collections.generic">System.Collections.Generic</a></dd><dt>Assembly:</dt><dd>System.Collections.dll</dd></dl></div><div class="summaryHolder"><div class="summary clearFix"><p>Represents a strongly typed list of objects that can be accessed by index. Provides methods to search, sort, and manipulate lists.</p></div></div>
<pre><code class="lang-csharp">public class List&lt;T&gt; : System.Collections.Generic.ICollection&lt;T&gt;, System.Collections.Generic.IList&lt;T&gt;</code></pre>
<h2 id="methods">Methods</h2><table class="table"><tbody>
<tr><td><span class="break-text"><a class="xref" href="system.collections.generic.list-1.add" data-linktype="relative-path">Add(T)</a></span></td><td><p>Adds an object to the end of the <a class="no-loc" href="system.collections.generic.list-1">List&lt;T&gt;</a>.</p></td></tr>
<tr><td><span class="break-text"><a class="xref" href="system.collections.generic.list-1.clear">Clear()</a></span></td><td><p>Removes all elements from the <a class="no-loc" href="system.collections.generic.list-1">List&lt;T&gt;</a>.</p></td></tr>
<tr><td><span class="break-text"><a class="xref" href="system.collections.generic.list-1.sort">Sort()</a></span></td><td><p>Sorts the elements in the entire <a class="no-loc" href="system.collections.generic.list-1">List&lt;T&gt;</a> using the default comparer.</p></td></tr>
</tbody></table>
<h2 id="properties">Properties</h2><table class="table"><tbody><tr><td><span class="break-text"><a class="xref" href="system.collections.generic.list-1.count">Count</a></span></td><td><p>Gets the number of elements contained in the <a class="no-loc" href="#">List&lt;T&gt;</a>.</p></td></tr></tbody></table>
</main>`;

// YARD (Ruby): <h3 class="signature"> "#params ⇒ Object", a "collapse" toggle in a summary heading.
const YARD = `<title>Class: Rack::Request — Documentation for rack (3.0.8)</title><div id="main" tabindex="-1"><div id="header"><div id="menu"><a href="../_index.html">Index (R)</a> » <span class="title">Rack::Request</span></div></div><div id="content"><h1>Class: Rack::Request</h1><div class="box_info"><dl><dt>Inherits:</dt><dd><span class="inheritName">Object</span><ul class="fullTree"><li>Object</li><li class="next">Rack::Request</li></ul></dd></dl><dl><dt>Defined in:</dt><dd>lib/rack/request.rb</dd></dl></div>
<h2>Overview</h2><div class="docstring"><div class="discussion"><p>Rack::Request provides a convenient interface to a Rack environment. It is stateless, the environment env passed to the constructor will be directly modified.</p></div></div>
<h2>Instance Method Summary <small><a href="#" class="summary_toggle">collapse</a></small></h2><ul class="summary"><li class="public "><span class="summary_signature"><a href="#params-instance_method" title="#params (instance method)">#<strong>params</strong>  &#x21d2; Object </a></span><span class="summary_desc"><div class='inline'><p>The union of GET and POST data.</p></div></span></li></ul>
<div id="instance_method_details" class="method_details_list"><h2>Instance Method Details</h2>
<div class="method_details first"><h3 class="signature first" id="params-instance_method">#<strong>params</strong>  &#x21d2; <tt>Object</tt> </h3><div class="docstring"><div class="discussion"><p>The union of GET and POST data.</p></div></div></div>
<div class="method_details"><h3 class="signature" id="delete_param-instance_method">#<strong>delete_param</strong>(k)  &#x21d2; <tt>Object</tt> </h3><div class="docstring"><div class="discussion"><p>Destructively delete a parameter, whether it's in GET or POST. Returns the value of the deleted parameter.</p></div></div></div>
<div class="method_details"><h3 class="signature" id="update_param-instance_method">#<strong>update_param</strong>(k, v)  &#x21d2; <tt>Object</tt> </h3><div class="docstring"><div class="discussion"><p>Destructively update a parameter, whether it's in GET and/or POST.</p></div></div></div>
</div></div></div>`;

// The PHP manual: the function named only in <h1 class="refname">, its synopsis in a
// .methodsynopsis block, its parameters as a <dl> under "Parameters".
const PHP_MANUAL = `<title>PHP: array_map - Manual</title><div id="layout"><section id="layout-content"><div id="function.array-map" class="refentry"><div class="refnamediv"><h1 class="refname">array_map</h1><p class="verinfo">(PHP 4 &gt;= 4.0.6, PHP 5, PHP 7, PHP 8)</p><p class="refpurpose"><span class="refname">array_map</span> &mdash; <span class="dc-title">Applies the callback to the elements of the given arrays</span></p></div>
<div class="refsect1 description" id="refsect1-function.array-map-description"><h3 class="title">Description</h3><div class="methodsynopsis dc-description"><span class="methodname"><strong>array_map</strong></span>(<span class="methodparam"><span class="type"><span class="type">callable</span><span class="type"><a href="language.types.null.php" class="type null">null</a></span></span> <code class="parameter">$callback</code></span>, <span class="methodparam"><span class="type"><a href="language.types.array.php" class="type array">array</a></span> <code class="parameter">$array</code></span>, <span class="methodparam"><span class="type"><a href="language.types.array.php" class="type array">array</a></span> <code class="parameter">...$arrays</code></span>): <span class="type"><a href="language.types.array.php" class="type array">array</a></span></div>
<p class="para rdfs-comment"><span class="function"><strong>array_map()</strong></span> returns an <span class="type"><a href="language.types.array.php" class="type array">array</a></span> containing the results of applying the <code class="parameter">callback</code> to the corresponding value of <code class="parameter">array</code> (and <code class="parameter">arrays</code> if more arrays are provided) used as arguments for the callback.</p></div>
<div class="refsect1 parameters"><h3 class="title">Parameters</h3><dl><dt><code class="parameter">callback</code></dt><dd><p class="para">A <span class="type"><a href="language.types.callable.php" class="type callable">callable</a></span> to run for each element in each array.</p></dd><dt><code class="parameter">array</code></dt><dd><p class="para">An array to run through the <code class="parameter">callback</code> function.</p></dd></dl></div>
<div class="refsect1 seealso"><h3 class="title">See Also</h3><ul class="simplelist"><li><span class="function"><a href="function.array-filter.php" class="function" rel="rdfs-seeAlso">array_filter()</a> - Filters elements of an array using a callback function</span></li></ul></div></div></section></div>`;

// Haddock (Haskell): "insert :: Ord k => k -> a -> Map k a" lines in p.src, groups under <h1>s.
const HADDOCK = `<title>Data.Map.Strict</title><div id="package-header"><span class="caption">containers-0.6.7: Assorted concrete container types</span></div><div id="content"><div id="module-header"><table class="info"><tr><th>Safe Haskell</th><td>Safe</td></tr></table><p class="caption">Data.Map.Strict</p></div><div id="description"><p class="caption">Description</p><div class="doc"><p>An efficient implementation of ordered maps from keys to values (dictionaries).</p></div></div>
<div id="interface"><h1>Map type</h1><div class="top"><p class="src"><span class="keyword">data</span> <a id="t:Map" class="def">Map</a> k a <a href="#t:Map" class="selflink">#</a></p><div class="doc"><p>A Map from keys <code>k</code> to values <code>a</code>.</p></div></div>
<h1>Construction</h1><div class="top"><p class="src"><a id="v:empty" class="def">empty</a> :: <a href="#t:Map">Map</a> k a <a href="#v:empty" class="selflink">#</a></p><div class="doc"><p>The empty map.</p></div></div>
<div class="top"><p class="src"><a id="v:singleton" class="def">singleton</a> :: k -&gt; a -&gt; <a href="#t:Map">Map</a> k a <a href="#v:singleton" class="selflink">#</a></p><div class="doc"><p>A map with a single element.</p></div></div>
<h1>Insertion</h1><div class="top"><p class="src"><a id="v:insert" class="def">insert</a> :: <a href="#">Ord</a> k =&gt; k -&gt; a -&gt; <a href="#t:Map">Map</a> k a -&gt; <a href="#t:Map">Map</a> k a <a href="#v:insert" class="selflink">#</a></p><div class="doc"><p>Insert a new key and value in the map. If the key is already present in the map, the associated value is replaced with the supplied value.</p></div></div>
<div class="top"><p class="src"><a id="v:lookup" class="def">lookup</a> :: <a href="#">Ord</a> k =&gt; k -&gt; <a href="#t:Map">Map</a> k a -&gt; <a href="#">Maybe</a> a <a href="#v:lookup" class="selflink">#</a></p><div class="doc"><p>Lookup the value at a key in the map.</p></div></div></div></div>`;

// mkdocstrings (MkDocs): headings with the call in <code> ("get(url, …)") and the qualified path
// only in their anchor ("httpx.client.Client.get"), objects wrapped in "doc-object doc-class".
const MKDOCSTRINGS = `<title>API reference - httpx</title><div class="md-container"><main class="md-main"><div class="md-content"><article class="md-content__inner md-typeset"><h1 id="api-reference">API reference</h1>
<div class="doc doc-object doc-module"><h2 id="httpx.client" class="doc doc-heading"><code>httpx.client</code><a class="headerlink" href="#httpx.client" title="Permanent link">¶</a></h2><div class="doc doc-contents first"><p>Clients that send requests and keep connections open between them.</p>
<div class="doc doc-children"><div class="doc doc-object doc-class"><h3 id="httpx.client.Client" class="doc doc-heading"><code>Client(*, auth=None, params=None, headers=None, timeout=5.0)</code><a class="headerlink" href="#httpx.client.Client" title="Permanent link">¶</a></h3><div class="doc doc-contents "><p class="doc doc-class-bases">Bases: <code>BaseClient</code></p><p>An HTTP client, with connection pooling, HTTP/2, redirects, cookie persistence, etc.</p>
<div class="doc doc-children"><div class="doc doc-object doc-function"><h4 id="httpx.client.Client.get" class="doc doc-heading"><code>get(url, *, params=None, headers=None)</code><a class="headerlink" href="#httpx.client.Client.get" title="Permanent link">¶</a></h4><div class="doc doc-contents "><p>Send a <code>GET</code> request.</p></div></div>
<div class="doc doc-object doc-function"><h4 id="httpx.client.Client.post" class="doc doc-heading"><code>post(url, *, content=None, data=None, json=None)</code><a class="headerlink" href="#httpx.client.Client.post" title="Permanent link">¶</a></h4><div class="doc doc-contents "><p>Send a <code>POST</code> request with a body.</p></div></div>
<div class="doc doc-object doc-function"><h4 id="httpx.client.Client.close" class="doc doc-heading"><code>close()</code><a class="headerlink" href="#httpx.client.Client.close" title="Permanent link">¶</a></h4><div class="doc doc-contents "><p>Close transport and proxies, and release the connections the client keeps.</p></div></div>
</div></div></div></div></div></div></article></div></main></div>`;

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
    'Javadoc (JDK 8)',
    JAVADOC_8,
    [
      ['ArrayList', 'type'],
      ['ArrayList.add', 'method', 'ArrayList'],
      ['ArrayList.size', 'method', 'ArrayList'],
      ['ArrayList.clear', 'method', 'ArrayList'],
    ],
  ],
  [
    'Dokka',
    DOKKA,
    [
      ['MutableList', 'type'],
      ['MutableList.add', 'method', 'MutableList'],
      ['MutableList.clear', 'method', 'MutableList'],
      ['MutableList.removeAt', 'method', 'MutableList'],
    ],
  ],
  [
    'pdoc',
    PDOC,
    [
      ['Circle', 'type'],
      ['Circle.area', 'method', 'Circle'],
      ['Circle.scale', 'method', 'Circle'],
      ['distance', 'function'],
    ],
  ],
  [
    'pkg.go.dev',
    PKG_GO_DEV,
    [
      ['strings', 'module'],
      ['strings.Contains', 'function', 'strings'],
      ['strings.Split', 'function', 'strings'],
      ['Builder', 'type'],
      ['Builder.Len', 'method', 'Builder'],
      ['Builder.WriteString', 'method', 'Builder'],
    ],
  ],
  [
    'Microsoft Learn',
    MS_LEARN,
    [
      ['List', 'type'],
      ['List.Add', 'method', 'List'],
      ['List.Clear', 'method', 'List'],
      ['List.Sort', 'method', 'List'],
    ],
  ],
  [
    'YARD',
    YARD,
    [
      ['Rack::Request', 'type'],
      ['Rack::Request::params', 'property', 'Rack::Request'],
      ['Rack::Request::delete_param', 'method', 'Rack::Request'],
      ['Rack::Request::update_param', 'method', 'Rack::Request'],
    ],
  ],
  ['PHP manual', PHP_MANUAL, [['array_map', 'function']]],
  [
    'mkdocstrings',
    MKDOCSTRINGS,
    [
      ['httpx.client', 'module'],
      ['httpx.client.Client', 'type', 'httpx.client'],
      ['httpx.client.Client.get', 'method', 'httpx.client.Client'],
      ['httpx.client.Client.post', 'method', 'httpx.client.Client'],
      ['httpx.client.Client.close', 'method', 'httpx.client.Client'],
    ],
  ],
  [
    'Haddock',
    HADDOCK,
    [
      ['Map', 'type'],
      ['singleton', 'function'],
      ['insert', 'function'],
      ['lookup', 'function'],
    ],
  ],
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

  it('takes no argument of an item for an item', () => {
    const api = extractApiSymbols(doc(html)).map((c) => c.label);
    for (const arg of ['callback', 'array', 'callbackFn', 'interval', 'initialCapacity', 'enumerable'])
      expect(api, arg).not.toContain(arg);
  });

  it('takes none of its chrome, anchors or summary openers as a concept', () => {
    const labels = extractPage(doc(html)).concepts.map((c) => c.label);
    for (const l of labels) {
      expect(l, l).not.toMatch(/^[§¶#]|^(?:Source|Copy item path|Expand description)$/u);
      expect(l, l).not.toMatch(/^(?:Returns|Appends|Removes|Constructs|Creates|Pushes|Adds|Sets|Calls)$/u);
    }
  });
});

// A translated rustdoc page (the Chinese translations of the std docs): prose in Chinese around
// English identifiers.
const RUSTDOC_ZH = `<nav class="sidebar"><div class="sidebar-crate"><h2><a href="../../std/index.html">std</a><span class="version">1.82.0</span></h2></div><section><h3><a href="#implementations">Methods</a></h3><ul class="block method"><li><a href="#method.push">push</a></li><li><a href="#method.pop">pop</a></li></ul></section></nav><main><div class="width-limiter"><section id="main-content" class="content"><div class="main-heading"><span class="rustdoc-breadcrumbs"><a href="../index.html">std</a>::<wbr><a href="index.html">vec</a></span><h1>Struct <span class="struct">Vec</span><button id="copy-path" title="Copy item path to clipboard">Copy item path</button></h1><rustdoc-toolbar></rustdoc-toolbar><span class="sub-heading"><span class="since" title="Stable since Rust version 1.0.0">1.0.0</span> · <a class="src" href="../../src/alloc/vec/mod.rs.html#397-400">Source</a> </span></div><pre class="rust item-decl"><code>pub struct Vec&lt;T, A = <a class="struct" href="../alloc/struct.Global.html">Global</a>&gt;<div class="where">where
    A: <a class="trait" href="../alloc/trait.Allocator.html">Allocator</a>,</div>{ /* private fields */ }</code></pre><details class="toggle top-doc" open><summary class="hideme"><span>Expand description</span></summary><div class="docblock"><p>连续的可增长数组类型，写作 <code>Vec&lt;T&gt;</code>，是“向量”的简称。</p>
<h2 id="examples"><a class="doc-anchor" href="#examples">§</a>示例</h2><div class="example-wrap"><pre class="rust rust-example-rendered"><code><span class="kw">let </span><span class="kw-2">mut </span>vec = Vec::new();
vec.push(<span class="number">1</span>);</code></pre></div><p>向量把元素保存在堆上，随着元素被推入而增加容量；按索引读取元素是常数时间。</p></div></details><h2 id="implementations" class="section-header">Implementations<a href="#implementations" class="anchor">§</a></h2><div id="implementations-list"><details class="toggle implementors-toggle" open><summary><section id="impl-Vec%3CT%3E" class="impl"><a class="src rightside" href="../../src/alloc/vec/mod.rs.html#402">Source</a><a href="#impl-Vec%3CT%3E" class="anchor">§</a><h3 class="code-header">impl&lt;T&gt; <a class="struct" href="struct.Vec.html" title="struct std::vec::Vec">Vec</a>&lt;T&gt;</h3></section></summary><div class="impl-items">
<details class="toggle method-toggle" open><summary><section id="method.new" class="method"><span class="rightside"><span class="since" title="Stable since Rust version 1.0.0">1.0.0</span> (const: 1.39.0) · <a class="src" href="../../src/alloc/vec/mod.rs.html#421">Source</a></span><h4 class="code-header">pub const fn <a href="#method.new" class="fn">new</a>() -&gt; <a class="struct" href="struct.Vec.html" title="struct std::vec::Vec">Vec</a>&lt;T&gt;</h4></section></summary><div class="docblock"><p>构造一个新的空 <code>Vec&lt;T&gt;</code>。</p></div></details>
<details class="toggle method-toggle" open><summary><section id="method.with_capacity" class="method"><span class="rightside"><span class="since">1.0.0</span> · <a class="src" href="#">Source</a></span><h4 class="code-header">pub fn <a href="#method.with_capacity" class="fn">with_capacity</a>(capacity: <a class="primitive" href="../primitive.usize.html">usize</a>) -&gt; <a class="struct" href="struct.Vec.html">Vec</a>&lt;T&gt;</h4></section></summary><div class="docblock"><p>构造一个至少具有指定容量的新的空 <code>Vec&lt;T&gt;</code>。</p></div></details>
<details class="toggle method-toggle" open><summary><section id="method.push" class="method"><span class="rightside"><span class="since">1.0.0</span> · <a class="src" href="#">Source</a></span><h4 class="code-header">pub fn <a href="#method.push" class="fn">push</a>(&amp;mut self, value: T)</h4></section></summary><div class="docblock"><p>将元素追加到集合的末尾。</p></div></details>
<details class="toggle method-toggle" open><summary><section id="method.pop" class="method"><span class="rightside"><span class="since">1.0.0</span> · <a class="src" href="#">Source</a></span><h4 class="code-header">pub fn <a href="#method.pop" class="fn">pop</a>(&amp;mut self) -&gt; <a class="enum" href="../option/enum.Option.html">Option</a>&lt;T&gt;</h4></section></summary><div class="docblock"><p>从向量中删除最后一个元素并返回它，如果为空则返回 <code>None</code>。</p></div></details>
<details class="toggle method-toggle" open><summary><section id="method.insert" class="method"><span class="rightside"><a class="src" href="#">Source</a></span><h4 class="code-header">pub fn <a href="#method.insert" class="fn">insert</a>(&amp;mut self, index: <a class="primitive" href="../primitive.usize.html">usize</a>, element: T)</h4></section></summary><div class="docblock"><p>在向量中的位置 <code>index</code> 处插入一个元素，并将其后的所有元素向右移动。</p></div></details>
</div></details></div><h2 id="deref-methods-%5BT%5D" class="section-header"><span>Methods from <a class="trait" href="../ops/trait.Deref.html">Deref</a>&lt;Target = [T]&gt;</span><a href="#deref-methods-%5BT%5D" class="anchor">§</a></h2><h2 id="trait-implementations" class="section-header">Trait Implementations<a href="#trait-implementations" class="anchor">§</a></h2><div id="trait-implementations-list"><details class="toggle implementors-toggle" open><summary><section id="impl-Clone-for-Vec%3CT,+A%3E" class="impl"><a class="src rightside" href="#">Source</a><h3 class="code-header">impl&lt;T: <a class="trait" href="../clone/trait.Clone.html">Clone</a>&gt; <a class="trait" href="../clone/trait.Clone.html">Clone</a> for <a class="struct" href="struct.Vec.html">Vec</a>&lt;T&gt;</h3></section></summary></details></div></section></div></main>`;

describe('a translated reference page', () => {
  const page = parseHTML(
    `<!doctype html><html lang="zh-CN"><head><title>Vec in std::vec - Rust</title></head><body>${RUSTDOC_ZH}</body></html>`,
  ).document as unknown as Document;
  const r = extractPage(page);

  it('keeps the prose language and the items as written, with their translated summaries', () => {
    expect(r.lang).toBe('zh-CN');
    expect(r.pageKind).toBe('api-reference');
    const api = new Map(r.concepts.filter((c) => c.kind === 'api').map((c) => [c.label, c]));
    for (const label of ['Vec', 'Vec::new', 'Vec::with_capacity', 'Vec::push', 'Vec::pop', 'Vec::insert'])
      expect(api.get(label)?.summary, label).toMatch(/\p{Script=Han}/u);
  });

  it('takes no declaration or generator section heading as a term', () => {
    const terms = r.concepts.filter((c) => c.kind !== 'api').map((c) => c.label);
    for (const t of terms) expect(t, t).not.toMatch(/[<>]|::|^impl\b|implementations$/iu);
  });
});
