/** The pages' only stylesheet, served from /assets/vera.css (a same-origin file keeps the CSP strict). */
export const STYLESHEET = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:1.4;color:#0b0c0c;background:#fff}
a{color:#1d70b8}a:focus,button:focus,input:focus,select:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}
.skip-link{position:absolute;left:-9999px}.skip-link:focus{left:1rem;top:1rem;background:#fd0;padding:.5rem;z-index:1}
.header{background:#0b0c0c;color:#fff;border-bottom:10px solid #1d70b8}
.header__inner,.main,.footer__inner{max-width:960px;margin:0 auto;padding:0 1rem}
.header__inner{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:1rem;padding-top:.75rem;padding-bottom:.75rem}
.header a{color:#fff}.header__service{font-weight:bold;font-size:1.2rem;text-decoration:none}
.header__nav{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin:0;padding:0;list-style:none}
.header__nav form{margin:0}.link-button{background:none;border:0;color:#fff;text-decoration:underline;font:inherit;cursor:pointer;padding:0}
.signed-in{background:#f3f2f1;padding:.5rem 0}.signed-in p{margin:0}
.main{padding-top:2rem;padding-bottom:3rem}
h1{font-size:2.2rem;margin:0 0 1.5rem}h2{font-size:1.5rem;margin:2rem 0 1rem}h3{font-size:1.2rem}
.lead{font-size:1.3rem}
.button{display:inline-block;background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;padding:.5rem 1rem;font:inherit;cursor:pointer;text-decoration:none;margin:0 0 1rem}
.button--secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px 0 #929191}
.form-group{margin-bottom:1.5rem}.form-group--error{border-left:5px solid #d4351c;padding-left:1rem}
label{display:block;font-weight:bold;margin-bottom:.25rem}.hint{color:#505a5f;margin:0 0 .25rem}
input[type=text],input[type=date],input[type=tel]{font:inherit;padding:.3rem;border:2px solid #0b0c0c;width:100%;max-width:20em}
.error-message{color:#d4351c;font-weight:bold;margin:0 0 .25rem}
.error-summary{border:5px solid #d4351c;padding:1rem;margin-bottom:2rem}.error-summary h2{margin-top:0}.error-summary a{color:#d4351c;font-weight:bold}
.notice{padding:1rem;margin:0 0 1.5rem;border-left:10px solid}.notice--info{border-color:#1d70b8;background:#eef5fb}
.notice--success{border-color:#00703c;background:#edf7f1}.notice--warning{border-color:#d4351c;background:#fbefed}
.summary{display:grid;grid-template-columns:minmax(10em,1fr) 2fr;margin:0 0 2rem;border-top:1px solid #b1b4b6}
.summary dt,.summary dd{margin:0;padding:.5rem 0;border-bottom:1px solid #b1b4b6}.summary dt{font-weight:bold;padding-right:1rem}
table{border-collapse:collapse;width:100%;margin-bottom:2rem;font-size:1rem}th,td{text-align:left;padding:.5rem;border-bottom:1px solid #b1b4b6;vertical-align:top}
.code{font-size:2.5rem;font-weight:bold;letter-spacing:.3em;font-family:monospace}
.qr{border:1px solid #b1b4b6;width:240px;height:240px;image-rendering:pixelated}
.wrap{overflow-wrap:anywhere}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.footer{border-top:1px solid #b1b4b6;background:#f3f2f1;padding:1.5rem 0;font-size:1rem}
`;
