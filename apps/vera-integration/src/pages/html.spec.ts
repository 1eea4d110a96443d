import { escapeHtml, html, SafeHtml } from './html';

describe('html', () => {
  it('encodes every interpolated value, in text and attributes', () => {
    const name = `<script>alert("x")</script> & 'co'`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p>',
    );
  });

  it('nests templates without double encoding and renders lists', () => {
    const rows = ['a&b', 'c'].map((v) => html`<li>${v}</li>`);
    const list = html`<ul>
      ${rows}
    </ul>`;
    expect(list.value.replace(/\s+/g, '')).toBe('<ul><li>a&amp;b</li><li>c</li></ul>');
  });

  it('renders null, undefined and false as nothing but keeps 0', () => {
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
  });

  it('escapes plain strings even when they look like markup', () => {
    expect(escapeHtml('<b>')).toBe('&lt;b&gt;');
    expect(html`${new SafeHtml('<b>')}`.value).toBe('<b>');
  });
});
