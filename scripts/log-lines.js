// How `npm start` shows the apps' log lines. Pretty (a terminal): one line each, prefixed by the app's
// name in its own colour, through pino-pretty; a request line reads "GET /learners → 201 12 ms", the status
// coloured by class. Otherwise the apps' JSON lines pass through unchanged (each carries its app's `name`).
const { styleText } = require('node:util');
const { prettyFactory } = require('pino-pretty');

const colour = (name) => (text) => styleText(name, text, { validateStream: false });
const APP_COLOURS = ['cyan', 'magenta', 'yellow', 'green', 'blue', 'red'].map(colour);

function statusColour(status) {
  if (status >= 500) return colour('red');
  if (status >= 400) return colour('yellow');
  if (status >= 300) return colour('cyan');
  return colour('green');
}

/** A request line (libs/platform/src/request-logging.ts): method, route, status and time on one line. */
function requestMessage(log, messageKey) {
  const { req, res } = log;
  if (!req || !res || res.statusCode === undefined) return log[messageKey] ?? '';
  const status = statusColour(res.statusCode)(String(res.statusCode));
  const time = log.responseTime === undefined ? '' : ` ${Math.round(log.responseTime)} ms`;
  return `${req.method} ${req.route ?? '(no route)'} → ${status}${time}${req.id ? colour('gray')(` ${req.id}`) : ''}`;
}

/** `(app, line) => text` for one line an app wrote. */
function logLineFormatter({ pretty, names }) {
  if (!pretty) return (_app, line) => line;
  const width = Math.max(...names.map((name) => name.length));
  const prefixes = new Map(names.map((name, i) => [name, APP_COLOURS[i % APP_COLOURS.length](name.padEnd(width))]));
  const format = prettyFactory({
    colorize: true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,name,req,res,responseTime',
    messageFormat: requestMessage,
  });
  return (app, line) => {
    const prefix = prefixes.get(app) ?? app;
    if (!line.startsWith('{')) return `${prefix} ${line}`;
    try {
      JSON.parse(line);
    } catch {
      return `${prefix} ${line}`;
    }
    return `${prefix} ${format(line).trimEnd()}`;
  };
}

module.exports = { logLineFormatter };
