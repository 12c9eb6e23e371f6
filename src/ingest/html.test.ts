import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeEntities, htmlToText } from './html.js';

describe('htmlToText', () => {
  it('turns block elements into paragraphs and drops inline tags', () => {
    assert.equal(htmlToText('<div><h2>Head</h2><p>One <i>two</i></p><ul><li>a</li><li>b</li></ul></div>').text, 'Head\n\nOne two\n\na\n\nb');
  });

  it('keeps a <br> as a line break and two as a paragraph break', () => {
    assert.equal(htmlToText('<p>line 1<br>line 2<br/> <br>para 2</p>').text, 'line 1\nline 2\n\npara 2');
  });

  it('drops script, style, nav, header, footer and comments, even when nested or holding tags', () => {
    const html = '<header><nav><ul><li>Menu</li></ul></nav></header><!-- <p>comment</p> --><main><p>Kept.</p>' +
      '<script>if (a < b && "</p>") x()</script><style>.a>b{}</style></main><footer><p>Legal</p></footer><p>Also kept.</p>';
    assert.equal(htmlToText(html).text, 'Kept.\n\nAlso kept.');
  });

  it('does not end a tag at a ">" inside a quoted attribute', () => {
    assert.equal(htmlToText('<p title="a > b">Text</p>').text, 'Text');
  });

  it('keeps a stray "<" that starts no tag', () => {
    assert.equal(htmlToText('<p>3 < 4 and 5 <= 6</p>').text, '3 < 4 and 5 <= 6');
  });

  it('reads the title, or null', () => {
    assert.equal(htmlToText('<TITLE> A &amp;\n B </TITLE><p>x</p>').title, 'A & B');
    assert.equal(htmlToText('<p>x</p>').title, null);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references and leaves unknown ones', () => {
    assert.equal(decodeEntities('&lt;a&gt; &amp; &quot;b&quot; &#39;c&#x27; &mdash; &bogus; &#0; &#xD800;'), '<a> & "b" \'c\' — &bogus; \ufffd \ufffd');
    assert.equal(decodeEntities('&#x1F600;'), '😀');
  });
});
