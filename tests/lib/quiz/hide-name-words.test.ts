import { describe, expect, it } from 'vitest';
import { hideNameWords, namedByForm } from '@/lib/quiz/concept-forms';

describe('hideNameWords: a type summary that names its type is asked with the name blanked', () => {
  it('blanks the words that tell the answer apart from the other options', () => {
    const others = ['net.Socket', 'net.BlockList'];
    const summary = 'This class is used to create a TCP or IPC server.';
    expect(namedByForm('net.Server', others, summary)).toBe(true);
    const hidden = hideNameWords('net.Server', others, summary);
    expect(hidden).toBe('This class is used to create a TCP or IPC _____.');
    expect(namedByForm('net.Server', others, hidden!)).toBe(false);
  });

  it('blanks inflected and abbreviated forms, and runs of blanks become one', () => {
    expect(
      hideNameWords('BinaryHeap', ['Vec', 'Extend'], 'A priority queue implemented with a binary heap.'),
    ).toBe('A priority queue implemented with a _____.');
    expect(
      hideNameWords('server.listen', ['server.close'], 'Start a server listening for connections.'),
    ).toBe('Start a server _____ for connections.');
  });

  it('gives up when the prompt would be more blank than text', () => {
    expect(hideNameWords('JSONDecoder', ['JSONEncoder'], 'Decoder decoding decodes.')).toBeNull();
  });

  it('leaves a text alone when no word tells the answer apart', () => {
    expect(hideNameWords('Vec::push', ['Vec::pop'], 'Appends an element to the back of a collection.')).toBe(
      'Appends an element to the back of a collection.',
    );
  });

  it('blanks only a shared start that is a real part of the name, not three letters in common', () => {
    const others = ['blockList.check', 'blockList.addSubnet', 'blockList.addRange'];
    expect(hideNameWords('blockList.addAddress', others, 'Adds a rule to block the given IP address.')).toBe(
      'Adds a rule to block the given IP _____.',
    );
    expect(
      hideNameWords(
        'blockList.addRange',
        ['blockList.check', 'server.listen'],
        'Adds a rule to block a range of IP addresses.',
      ),
    ).toBe('_____ a rule to block a _____ of IP addresses.');
    expect(namedByForm('blockList.addAddress', others, 'Adds a rule to block the given IP range.')).toBe(
      false,
    );
  });

  it.each([
    ['path.extname', ['path.join', 'path.parse'], 'Returns the extension of the path.'],
    ['path.sep', ['path.join', 'path.parse'], 'Provides the platform-specific path segment separator.'],
    ['path.win32', ['path.posix', 'path.join'], 'Provides access to Windows-specific implementations.'],
    ['json.JSONEncoder', ['json.JSONDecoder'], 'Extensible JSON encoder for Python data structures.'],
    ['net.Server close', ['net.Server error'], 'Emitted when the server closes.'],
    ['Mutex', ['Condvar', 'Barrier'], 'A mutual exclusion primitive useful for protecting shared data'],
    ['Condvar', ['Mutex', 'Barrier'], 'A Condition Variable'],
    [
      'OnceLock',
      ['LockResult', 'TryLockError'],
      'A synchronization primitive which can be written to only once.',
    ],
    ['Arc::new_zeroed', ['Arc::new_uninit'], 'Constructs a new Arc, the memory being filled with 0 bytes.'],
    ['RwLock', ['Mutex', 'OnceLock'], 'A reader-writer lock'],
  ])('still sees %s named by an abbreviation or a stem', (answer, others, text) => {
    expect(namedByForm(answer, others, text)).toBe(true);
  });

  it('reads a two-letter abbreviation only where no other option has it', () => {
    // Every option is an fs call: "file system" tells none of them apart.
    expect(
      namedByForm('fs.readFile', ['fs.writeFile', 'fs.stat'], 'Gets the contents of a file system entry.'),
    ).toBe(false);
    expect(
      namedByForm('RwLock', ['Mutex', 'OnceLock'], 'A lock that readers share and writers hold alone.'),
    ).toBe(false);
  });
});
