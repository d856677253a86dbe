"""The issue-10 pairs of test/fixtures/answer-corpus.jsonl, as they were written: hand-derived
identities and non-identities by family (functions, domain, odd roots, integers, exact constants,
rational functions, overflow, adversarial answers to 2x, rounding, locale, unknown symbols), some
after the KAS README and STACK's AlgEquiv results. Run once (python3 scripts/corpus-issue-10.py)
and appended; kept as the record of how each label was derived. test/math/corpus-labels.test.ts
re-derives the labels independently of the checker."""
import json, math, re
rows=[]
def E(cat, exp, ans, vars, eq, note, **kw):
    r={"kind":"expr","expected":exp,"answer":ans,"vars":vars,"equal":eq,"note":note,"category":cat}
    r.update(kw); rows.append(r)
def V(cat, exp, ans, eq, note, kind="value", **kw):
    r={"kind":kind,"expected":exp,"answer":ans,"vars":[],"equal":eq,"note":note,"category":cat}
    r.update(kw); rows.append(r)
X=['x']; Z=['z']
# --- functions
F='functions'
for e,a,eq,n in [
 ('sec(x)','1/cos(x)',1,'sec is 1/cos'),('csc(x)','1/sin(x)',1,'csc is 1/sin'),('cot(x)','cos(x)/sin(x)',1,'cot is cos/sin'),
 ('cot(x)','1/tan(x)',1,'cot is 1/tan'),('sec(x)^2','1 + tan(x)^2',1,'Pythagoras with sec'),('csc(x)^2','1 + cot(x)^2',1,'Pythagoras with csc'),
 ('sec(x)','1/sin(x)',0,'sec is not 1/sin'),('cot(x)','tan(x)',0,'cot is not tan'),('sec(x)^2','1 - tan(x)^2',0,'sign slip in Pythagoras'),
 ('csc(x)','cosec(x)',1,'cosec spelling'),('sec(2x)','1/cos(2x)',1,'sec of 2x'),('sec(x)tan(x)','sin(x)/cos(x)^2',1,'d/dx sec x two ways'),
 ('sinh(x)','(e^x - e^(-x))/2',1,'sinh by exponentials'),('cosh(x)','(e^x + e^(-x))/2',1,'cosh by exponentials'),('tanh(x)','sinh(x)/cosh(x)',1,'tanh is sinh/cosh'),
 ('sech(x)','1/cosh(x)',1,'sech is 1/cosh'),('csch(x)','1/sinh(x)',1,'csch is 1/sinh'),('coth(x)','cosh(x)/sinh(x)',1,'coth is cosh/sinh'),
 ('1','cosh(x)^2 - sinh(x)^2',1,'hyperbolic Pythagoras'),('sech(x)^2','1 - tanh(x)^2',1,'sech² = 1 − tanh²'),('1','coth(x)^2 - csch(x)^2',1,'coth² − csch² = 1'),
 ('sinh(2x)','2sinh(x)cosh(x)',1,'double angle sinh'),('cosh(2x)','cosh(x)^2 + sinh(x)^2',1,'double angle cosh'),
 ('sinh(x)','(e^x + e^(-x))/2',0,'that is cosh'),('tanh(x)','cosh(x)/sinh(x)',0,'that is coth'),('1','cosh(x)^2 + sinh(x)^2',0,'wrong sign'),('sech(x)','1/sinh(x)',0,'that is csch'),
 ('asinh(x)','ln(x + sqrt(x^2 + 1))',1,'asinh as a log'),('acosh(x)','ln(x + sqrt(x^2 - 1))',1,'acosh as a log (x ≥ 1 both)'),('atanh(x)','(1/2)ln((1 + x)/(1 - x))',1,'atanh as a log'),
 ('asinh(x)','ln(x + sqrt(x^2 - 1))',0,'that is acosh'),('atanh(x)','ln((1 + x)/(1 - x))',0,'lost the 1/2'),('arsinh(x)','asinh(x)',1,'arsinh spelling'),
 ('arccosh(x)','acosh(x)',1,'arccosh spelling'),('artanh(x)','atanh(x)',1,'artanh spelling'),('sinh^-1(x)','asinh(x)',1,'sinh^-1 is the inverse'),('cosh⁻¹ x','acosh(x)',1,'cosh⁻¹ is the inverse'),
 ('asec(x)','acos(1/x)',1,'asec through acos'),('acsc(x)','asin(1/x)',1,'acsc through asin'),('acot(x)','atan(1/x)',1,'acot through atan'),
 ('asec(x)','1/acos(x)',0,'inverse is not reciprocal'),('acot(x)','1/atan(x)',0,'inverse is not reciprocal'),('arcsec(x)','asec(x)',1,'arcsec spelling'),('arccot(x)','acot(x)',1,'arccot spelling'),
 ('asin(x)','arcsin(x)',1,'arcsin spelling'),('asin(x)','sin^-1(x)',1,'sin^-1 is arcsin'),('asin(x)','sin⁻¹(x)',1,'sin⁻¹ is arcsin'),('asin(x)','sin^-1 x',1,'sin^-1 x without brackets'),
 ('acos(x)','cos^-1(x)',1,'cos^-1 is arccos'),('atan(x)','tan^-1(x)',1,'tan^-1 is arctan'),('1/tan(x)','tan^-1(x)',0,'tan^-1 means arctan, not 1/tan'),('csc(x)','sin(x)^-1',1,'(sin x)^-1 is 1/sin'),
 ('asin(x)','sin(x)^-1',0,'(sin x)^-1 is not arcsin'),('acos(x)','pi/2 - asin(x)',1,'arccos = π/2 − arcsin'),('atan(x) + atan(1/x)','pi/2',0,'only for x > 0 (−π/2 for x < 0)'),
 ('log10(x)','ln(x)/ln(10)',1,'log10 by change of base'),('lg(x)','log10(x)',1,'lg is log10'),('log2(x)','ln(x)/ln(2)',1,'log2 by change of base'),('log_2(x)','log2(x)',1,'log_2 is log2'),
 ('log₂(x)','log2(x)',1,'subscript base'),('log_10(100x)','2 + log10(x)',1,'product rule base 10'),('log(x, 10)','log10(x)',1,'log(x, b) form'),('log2(8x)','3 + log2(x)',1,'product rule base 2'),
 ('log10(x)','ln(x)/10',0,'base is not a divisor'),('lg(x)','ln(x)',0,'lg is not ln'),('log_3(x)','ln(x)/ln(3)',1,'log_3 by change of base'),('log_3(x)','ln(3)/ln(x)',0,'change of base upside down'),
 ('log(x, 2)','log2(x)',1,'log(x, 2) is log2'),('log10(x^3)','3log10(x)',1,'power rule base 10'),
 ('sigmoid(z)','1/(1 + e^(-z))',1,'logistic'),('σ(z)','e^z/(1 + e^z)',1,'σ spelling, other form'),('sigmoid(-z)','1 - sigmoid(z)',1,'symmetry'),('sigmoid(z)','1/(1 + e^z)',0,'sign of the exponent'),
 ('softplus(z)','ln(1 + e^z)',1,'softplus'),('softplus(z) - softplus(-z)','z',1,'softplus difference'),('softplus(z)','ln(1 + e^(-z))',0,'that is softplus(−z)'),
 ('relu(z)','max(0, z)',1,'relu is max(0, z)'),('relu(z)','(z + |z|)/2',1,'relu by abs'),('relu(z)','|z|',0,'relu is not abs'),('max(0, z)','z',0,'differs for z < 0'),
 ('relu(z) - relu(-z)','z',1,'relu difference'),('ReLU(z)','relu(z)',1,'ReLU spelling'),('tanh(z)','2sigmoid(2z) - 1',1,'tanh through sigmoid'),('sigmoid(z)(1 - sigmoid(z))','e^(-z)/(1 + e^(-z))^2',1,'sigmoid derivative two ways'),
 ('softplus(z)','relu(z)',0,'smooth vs kink'),('sigmoid(z)','tanh(z)',0,'different squashing'),
]:
    E(F,e,a,Z if re.search(r'(?<![a-z])z(?![a-z])', e+' '+a) else X,bool(eq),n)
E(F,'max(x, y)','(x + y + |x - y|)/2',['x','y'],True,'max by abs')
E(F,'min(x, y)','(x + y - |x - y|)/2',['x','y'],True,'min by abs')
E(F,'max(x, y)','min(x, y)',['x','y'],False,'max is not min')
E(F,'log_b(x)','ln(x)/ln(b)',['x','b'],True,'log_b by change of base')
E(F,'log_b(b^x)','x',['x','b'],True,'log_b undoes b^x (b > 0)')
E(F,'log_b(x)','ln(b)/ln(x)',['x','b'],False,'upside down')
# --- domain
D='domain'
for e,a,v,eq,n in [
 ('log(x*y)','log(x) + log(y)',['x','y'],1,'KAS/STACK classic: equal on the common domain x, y > 0'),
 ('sqrt(a*b)','sqrt(a)*sqrt(b)',['a','b'],1,'equal where both are defined'),('log(a^x)/log(a)','x',['a','x'],1,'issue 10 example'),
 ('x','sqrt(x^2)',['x'],0,'differs for x < 0'),('abs(x)','sqrt(x^2)',['x'],1,'√(x²) = |x|'),('2log(abs(x))','log(x^2)',['x'],1,'defined for x ≠ 0 both'),
 ('2x','2x + sqrt(1 - x^2) - sqrt(1 - x^2)',['x'],0,'defined only on [−1, 1]'),('x','x + 0*sqrt(4 - x^2)',['x'],0,'defined only on [−2, 2]'),
 ('x','x + 0*log(5 - x^2)',['x'],0,'defined only on a bounded interval'),('x','exp(log(x))',['x'],1,'common domain x > 0'),('x','sqrt(x)^2',['x'],1,'common domain x ≥ 0'),
 ('sqrt(x/y)','sqrt(x)/sqrt(y)',['x','y'],1,'common domain x, y > 0'),('log(x/y)','log(x) - log(y)',['x','y'],1,'quotient rule on the common domain'),
 ('x','asin(sin(x))',['x'],0,'differs for |x| > π/2'),('x','sin(asin(x))',['x'],0,'defined only on [−1, 1]'),('x','cos(acos(x))',['x'],0,'defined only on [−1, 1]'),
 ('x + 1','(x^2 - 1)/(x - 1)',['x'],1,'a removable hole'),('x','1/(1/x)',['x'],1,'a removable hole'),('sqrt(x - 1)','sqrt(x - 1) + 0*sqrt(x - 2)',['x'],1,'domains differ only on [1, 2)'),
 ('log(x)','log(-x)',['x'],0,'disjoint domains'),('sqrt(x)','sqrt(-x)',['x'],0,'disjoint domains'),('log(x^2)','2log(x)',['x'],1,'common domain x > 0'),
 ('(a^x)^y','a^(x*y)',['a','x','y'],1,'STACK says unequal without assume(a > 0); on the common domain they agree'),
 ('sqrt(x^2 y^2)','x*y',['x','y'],0,'differs when xy < 0'),('sqrt(x^2 y^2)','abs(x*y)',['x','y'],1,'|xy|'),
]:
    E(D,e,a,v,bool(eq),n)
# --- odd roots
R='odd-roots'
for e,a,v,eq,n in [
 ('-2','(-8)^(1/3)',[],1,'real cube root'),('2','(-8)^(1/3)',[],0,'the real cube root is negative'),('9','(-27)^(2/3)',[],1,'real root, squared'),('-2','(-32)^(1/5)',[],1,'real fifth root'),
 ('cbrt(x)','x^(1/3)',['x'],1,'x^(1/3) defined for x < 0'),('x^(2/3)','(x^2)^(1/3)',['x'],1,'even numerator'),('x^(2/3)','cbrt(x)^2',['x'],1,'cbrt squared'),
 ('x','x^(1/3)*x^(1/3)*x^(1/3)',['x'],1,'three cube roots'),('x','(x^3)^(1/3)',['x'],1,'cube root of a cube'),('x','(x^2)^(1/2)',['x'],0,'square root of a square is |x|'),
 ('x^(1/3)','abs(x)^(1/3)',['x'],0,'differs for x < 0'),('-cbrt(x)','cbrt(-x)',['x'],1,'odd function'),('x^(-1/3)','1/cbrt(x)',['x'],1,'negative odd root'),
 ('x^(1/5)','x^(0.2)',['x'],1,'a decimal exponent is no root (undefined for x < 0), but they agree on the common domain x ≥ 0'),('x^(3/5)','cbrt(x)',['x'],0,'different power'),
]:
    E(R,e,a,v,bool(eq),n)
# --- integers
I='integers'
N=['n']
for e,a,eq,n in [
 ('(-1)^n*(-1)^n','1',1,'(−1)ⁿ·(−1)ⁿ = 1 at integers'),('(-1)^(2n)','1',1,'even power'),('(-1)^(n+1)','-(-1)^n',1,'shift'),('(-2)^n','(-1)^n * 2^n',1,'split the base'),
 ('(-1)^n','1',0,'differs at odd n'),('(-1)^(n+1)','(-1)^n',0,'differs everywhere'),('(-2)^(n+1)','-2*(-2)^n',1,'shift with base −2'),('(-2)^n','2^n',0,'sign at odd n'),
 ('factorial(n)','n*factorial(n-1)',1,'n! = n(n−1)!'),('factorial(n+1)/factorial(n)','n+1',1,'ratio of factorials'),('(-1)^n','cos(pi*n)',1,'equal at integers, where (−1)ⁿ is defined'),
 ('cos(pi*n)','(-1)^n',0,'cos(πn) is defined everywhere; (−1)ⁿ only at integers'),('(-1)^n','(-1)^(3n)',1,'odd multiple'),('(-1)^n','(-1)^(2n)',0,'even multiple is 1'),
 ('(-3)^n/(-3)','(-3)^(n-1)',1,'divide by the base'),
]:
    E(I,e,a,N,bool(eq),n)
# --- exact constants
C='exact'
for e,a,eq,n in [
 ('99999999/10^8','99999998/99999999',0,'issue 10: differ in the 17th digit'),('2^100','1267650600228229401496703205376',1,'exact big integer'),('2^100 + 1','2^100',0,'doubles cannot tell; rationals can'),
 ('sqrt(2)*sqrt(3)','sqrt(6)',1,'radicals multiply'),('sqrt(8)','2sqrt(2)',1,'simplify a radical'),('(1 + sqrt(2))^2','3 + 2sqrt(2)',1,'expand with a radical'),
 ('sqrt(2)','1.41421356237',0,'a rounded decimal is not √2'),('pi','355/113',0,'an approximation is not π'),('(sqrt(5) + 1)/2','2/(sqrt(5) - 1)',1,'golden ratio two ways'),
 ('1','(2 + sqrt(5))^(1/3) + (2 - sqrt(5))^(1/3)',1,'nested radicals with a real cube root'),('1 + sqrt(2)','sqrt(3 + 2sqrt(2))',1,'denest'),('sqrt(2) + sqrt(3)','sqrt(5 + 2sqrt(6))',1,'denest'),
 ('1 + sqrt(2)','(7 + 5sqrt(2))^(1/3)',1,'cube root denests'),('2','(7 + 5sqrt(2))^(1/3) + (7 - 5sqrt(2))^(1/3)',1,'sum of real cube roots'),
 ('1/2','sin(pi/6)',1,'exact trig value'),('sqrt(2)/2','cos(pi/4)',1,'exact trig value'),('sqrt(3)','tan(pi/3)',1,'exact trig value'),('5','e^(ln(5))',1,'exp undoes ln'),
 ('3','ln(e^3)',1,'ln undoes exp'),('7','10^(log10(7))',1,'power undoes log10'),('0','10^(-20)',0,'tiny is not zero'),('1/3','0.333333333333',0,'a decimal is not 1/3'),
 ('2^(1/2)','sqrt(2)',1,'power and root'),('sqrt(2)','1.4142135623730951',0,'the double nearest √2 is not √2: compared beyond doubles'),
 ('(1 + 1/10^15) - 1','10^(-15)',1,'cancellation, exact'),('sqrt(1 + 10^(-20)) - 1','0',0,'a tiny nonzero difference, seen in 40 digits'),
]:
    E(C,e,a,[],bool(eq),n)
# --- rational functions, exact at random rational points
Q='rational'
def poly(coeffs,var='x'):
    terms=[]
    d=len(coeffs)-1
    for i,c in enumerate(coeffs):
        p=d-i
        if c==0: continue
        t=str(abs(c)) if (abs(c)!=1 or p==0) else ''
        t+=(var if p>=1 else '')+(f'^{p}' if p>1 else '')
        terms.append(('-' if c<0 else '+')+' '+t)
    s=' '.join(terms)
    return s[2:] if s.startswith('+ ') else '-'+s[2:]
def binom(n,a=1,b=-1):
    # (a x + b)^n coefficients
    return [math.comb(n,k)*a**(n-k)*b**k for k in range(n+1)]
for n in [5,8,13]:
    E(Q,f'(x-1)^{n}',poly(binom(n)),X,True,f'expanded degree {n}')
    c=binom(n); c[n//2]+=1
    E(Q,f'(x-1)^{n}',poly(c),X,False,f'expanded degree {n}, one coefficient off by 1')
big=10**13
E(Q,f'({big}x-1)^3',poly(binom(3,big,-1)),X,True,'10¹³ coefficients, cancellation-proof')
c=binom(3,big,-1); c[3]+=2
E(Q,f'({big}x-1)^3',poly(c),X,False,'10¹³ coefficients, constant off by 2')
c=binom(13,3,-2)
E(Q,'(3x-2)^13',poly(c),X,True,'degree 13, coefficients up to 10⁶·3¹³')
c[0]+=1
E(Q,'(3x-2)^13',poly(c),X,False,'leading coefficient off by 1')
for e,a,v,eq,n in [
 ('(x+y)^5','x^5 + 5x^4 y + 10x^3 y^2 + 10x^2 y^3 + 5x y^4 + y^5',['x','y'],1,'binomial in two variables'),
 ('(x+y)^5','x^5 + 5x^4 y + 10x^3 y^2 + 10x^2 y^3 + 5x y^4 + y^5 + 1/10^20',['x','y'],0,'off by 10⁻²⁰'),
 ('1/(x-1) - 1/(x+1)','2/(x^2-1)',['x'],1,'partial fractions'),('1/(x-1) - 1/(x+1)','1/(x^2-1)',['x'],0,'lost the 2'),
 ('(x^3 - 1)/(x - 1)','x^2 + x + 1',['x'],1,'KAS-style cancellation'),('(1-x)(-1-6x)','(6x+1)(x-1)',['x'],1,'KAS README example'),
 ('(15n p - 25m p)/(15p^2 - 5p) + (20m p + 10p^2)/(15p^2 - 5p)','(3n - m + 2p)/(3p - 1)',['m','n','p'],1,'KAS README simplification example'),
 ('((n x^5)^5)/(n^-2 x^2)^-3','x^31/n',['n','x'],1,'KAS README power example'),('((n x^5)^5)/(n^-2 x^2)^-3','x^31*n',['n','x'],0,'sign of the n exponent'),
 ('2x + 2','2(x + 1) + 1/10^30',['x'],0,'a tiny constant is still a difference'),('x^64 - 1','(x^32 - 1)(x^32 + 1)',['x'],1,'degree 64'),
 ('(x - 1)(x - 2)(x - 3)(x - 4)(x - 5)(x - 6)','x^6 - 21x^5 + 175x^4 - 735x^3 + 1624x^2 - 1764x + 720',['x'],1,'expanded product'),
 ('(x - 1)(x - 2)(x - 3)(x - 4)(x - 5)(x - 6)','x^6 - 21x^5 + 175x^4 - 735x^3 + 1624x^2 - 1764x + 721',['x'],0,'constant off by 1'),
 ('0.1x + 0.2','(x + 2)/10',['x'],1,'decimals are exact'),('0.1x + 0.2','(x + 2)/10 + 1/10^16',['x'],0,'10⁻¹⁶ is not rounding noise here'),
]:
    E(Q,e,a,v,bool(eq),n)
# --- overflow
O='overflow'
for e,a,v,eq,n in [
 ('e^(100*500)','e^50000',[],1,'beyond a double, compared'),('e^(100*500)','e^50001',[],0,'beyond a double, differ'),
 ('(4a - x)^6000','(x - 4a)^6000',['a','x'],1,'even power of a negated base'),('(4a - x)^6000','(x - 4a)^6001',['a','x'],0,'odd power'),
 ('e^(x^2)*e^(x^2)','e^(2x^2)',['x'],1,'overflows for |x| > 19'),('e^(x^2)','e^(x^2+1)',['x'],0,'a factor e'),('2^1000*2^1000','4^1000',[],1,'constants beyond a double'),
 ('factorial(200)/factorial(199)','200',[],1,'factorials beyond a double'),('x^400','(x^200)^2',['x'],1,'powers beyond a double'),('x^400','(x^200)^2 + 1',['x'],0,'differ where small'),
 ('cosh(x)^2 - sinh(x)^2','1',['x'],1,'cancellation at large x'),('exp(x)/exp(x - 1)','e',['x'],1,'ratio of overflows'),('exp(x)/exp(x - 1)','e + 1/10^9',['x'],0,'a tiny difference'),
 ('x^(-400)','1/x^400',['x'],1,'underflow to 0 on both sides'),('x^(-400)','1/x^401',['x'],0,'both underflow to 0; their logs differ'),
]:
    E(O,e,a,v,bool(eq),n)
# --- adversarial vs 2x
A='adversarial'
for a,eq,n in [
 ('2x + |x - 5| - (x - 5)',0,'zero for x ≥ 5 only'),('2x + max(0, x - 7)',0,'zero for x ≤ 7 only'),('2x + relu(x - 3.5)',0,'zero for x ≤ 3.5 only'),
 ('2x + heaviside(x - 10) x',0,'zero for x < 10 only'),('2x + (|x| - x)/2',0,'zero for x ≥ 0 only'),('2x + (x/10)^30',0,'negligible on [−3, 3]'),
 ('2x + x^40/10^50',0,'negligible on [−3, 3], rational'),('2x + e^(x - 40)',0,'negligible on [−3, 3]'),('2x + 10^(-9) x^5',0,'negligible near 0'),
 ('2x + sqrt(1 - x^2) - sqrt(1 - x^2)',0,'defined only on [−1, 1]'),('2x + 0*sqrt(9 - x^2)',0,'defined only on [−3, 3]'),('2x + 0*log(4 - x^2)',0,'defined only on (−2, 2)'),
 ('2x + x(x - 1)(x + 1)(x - 2)(x + 2)(x - 3)(x + 3)',0,'vanishes at small integers'),('2x + sin(pi*x)x',0,'vanishes at integers'),('2x + sin(1000x)/1000',0,'small wiggle'),
 ('2x + 10^(-12) x',0,'a 10⁻¹² slope'),('2x + cosh(x/100) - 1',0,'tiny near 0, large far out'),('2x + 0*x',1,'zero term'),('x + x',1,'sum'),
 ('2x + sin(x)^2 + cos(x)^2 - 1',1,'an identity added'),('2x + |x| - |x|',1,'cancelled abs'),('2x + (|x| - x)*0',1,'zero factor'),('2x + sqrt(x^2) - |x|',1,'an identity added'),
 ('2x + relu(x) - max(0, x)',1,'an identity added'),('2*x^1',1,'power one'),
]:
    E(A,'2x',a,X,bool(eq),n)
# --- rounding (value)
RO='rounding'
for exp,ans,eq,n,verdict in [
 ('-23/3','-7.67',1,'3 significant figures',None),('-23/3','-7.6667',1,'5 significant figures',None),('-23/3','-7.667',1,'4 significant figures',None),
 ('-23/3','-7.666',1,'agrees to 3 figures (−7.67)',None),('-23/3','-7.7',0,'correct rounding to 2 figures: too few','imprecise'),('-23/3','-8',0,'1 figure: too few','imprecise'),
 ('-23/3','-7.6',0,'truncated to 2 figures: close','imprecise'),('-23/3','-7.66',0,'wrong third figure: close','imprecise'),('-23/3','7.67',0,'sign',None),('-23/3','-23/3',1,'exact',None),
 ('-23/3','-7 - 2/3',1,'exact calculation',None),('23/30','0.767',1,'3 figures',None),('23/30','0.7667',1,'4 figures',None),('23/30','0.77',0,'too few','imprecise'),
 ('23/30','0.765',0,'wrong third figure','imprecise'),('1/3','0.333',1,'3 figures',None),('1/3','0.3333',1,'4 figures',None),('1/3','0.33',0,'too few','imprecise'),
 ('1/3','0.334',0,'close','imprecise'),('1/3','0.3',0,'too few','imprecise'),('2/3','0.667',1,'3 figures',None),('2/3','0.6667',1,'4 figures',None),('2/3','0.66',0,'truncated','imprecise'),
 ('pi','3.14',1,'3 figures',None),('pi','3.142',1,'4 figures',None),('pi','3.1',0,'too few','imprecise'),('pi','3.15',0,'close','imprecise'),('pi','22/7',0,'an exact calculation must be exact','imprecise'),
 ('sqrt(2)','1.41',1,'3 figures',None),('sqrt(2)','1.414',1,'4 figures',None),('sqrt(2)','1.4',0,'too few','imprecise'),('sqrt(2)','1.42',0,'close','imprecise'),
 ('1000/3','333',1,'3 figures',None),('1000/3','333.3',1,'4 figures',None),('1000/3','330',0,'2 figures (trailing zero)','imprecise'),('1000/3','334',0,'close','imprecise'),
 ('0.001234','0.00123',1,'3 figures',None),('0.001234','0.0012',0,'too few','imprecise'),('0.001234','0.00124',0,'close','imprecise'),('12345','12300',1,'3 figures, trailing zeros',None),
 ('12345','12350',1,'4 figures',None),('12345','1.2e4',0,'too few','imprecise'),('12345','1.23e4',1,'3 figures in scientific notation',None),('12345','1.24e4',0,'close','imprecise'),
 ('7/3','3 - 0.1*6.67',1,'a calculation with a rounded decimal, right to 3 figures',None),('2.4','2.4',1,'exact, 2 figures is all there is',None),('2.4','2.40',1,'trailing zero',None),
 ('2.4','2.5',0,'off',None),('100','100',1,'exact',None),('0','0.0',1,'zero',None),('e','2.718',1,'4 figures',None),('e','2.72',1,'3 figures',None),('e','2.7',0,'too few','imprecise'),
]:
    extra={'verdict':verdict} if verdict else {}
    V(RO,exp,ans,bool(eq),n,**extra)
for exp,ans,eq,n,verdict in [
 ('(-23/3, 23/30, 1/3)','(-7.67, 0.767, 0.333)',1,'issue 10 example',None),('(-23/3, 23/30, 1/3)','(-7.6667, 0.7667, 0.3333)',1,'more figures',None),
 ('(-23/3, 23/30, 1/3)','(-7.7, 0.77, 0.33)',0,'too few figures in every component','imprecise'),('(-23/3, 23/30, 1/3)','(-7.67, 0.767, 0.3)',0,'one component too few','imprecise'),
 ('(-23/3, 23/30, 1/3)','(-7.67, 0.767, 0.433)',0,'one component wrong',None),('(2.4, 3.2)','(2.4, 3.2)',1,'exact',None),('(1/3, 2/3)','(0.333, 0.667)',1,'3 figures each',None),
]:
    extra={'verdict':verdict} if verdict else {}
    V(RO,exp,ans,bool(eq),n,kind='vector',**extra)
for exp,ans,tol,eq,n,verdict in [
 ('1/3','0.33',{'places':2},1,'places 2',None),('1/3','0.3',{'places':2},0,'places 2: too coarse','imprecise'),('1/3','0.34',{'places':2},0,'places 2: wrong second place',None),
 ('1/3','0.33',{'sigFigs':2},1,'sig_figs 2',None),('1/3','0.3',{'sigFigs':2},0,'sig_figs 2: too few','imprecise'),('1/3','0.33333',{'sigFigs':5},1,'sig_figs 5',None),
 ('1/3','0.333',{'sigFigs':5},0,'sig_figs 5: too few','imprecise'),('1/3','0.34',{'absolute':0.01},1,'absolute 0.01',None),('1/3','0.35',{'absolute':0.01},0,'absolute 0.01: outside, and not within 1%',None)
 ,('1/3','0.3366',{'absolute':0.003},0,'absolute 0.003: just outside','imprecise'),
 ('1/3','0.34',{'relative':0.05},1,'relative 5%',None),('1/3','0.36',{'relative':0.05},0,'relative 5%: off',None),('100','99',{'absolute':1},1,'absolute 1',None),
]:
    extra={'verdict':verdict} if verdict else {}
    V(RO,exp,ans,bool(eq),n,tolerance=tol,**extra)
# --- locale
L='locale'
for exp,ans,loc,kind,eq,n in [
 ('2.4','2,4','fr','value',1,'decimal comma'),('2.4','2,5','fr','value',0,'decimal comma, wrong'),('2.4','2,40','fr','value',1,'decimal comma, trailing zero'),
 ('(2.4, 3.2)','(2,4 ; 3,2)','fr','vector',1,'vector with ; separator'),('(2.4, 3.2)','(2,4 ; 3,3)','fr','vector',0,'vector, one component wrong'),
 ('(2.4, 3.2)','(2.4; 3.2)','fr','vector',1,'a decimal point still reads in fr'),('2.4','2,4','de','value',1,'German decimal comma'),('2.4','2,4','es','value',1,'Spanish decimal comma'),
 ('2.4','2,4','en','value',0,'in en, 2,4 is a vector'),('-23/3','-7,67','fr','value',1,'3 figures with a comma'),('-23/3','-7,7','fr','value',0,'too few figures with a comma'),  # imprecise
 ('23/30','0,767','fr','value',1,'3 figures with a comma'),('(6, 8)','(6 ; 8)','fr','vector',1,'integers with ;'),('(1/3, 2/3)','(0,333 ; 0,667)','fr','vector',1,'two rounded components'),
]:
    r={"kind":kind,"expected":exp,"answer":ans,"vars":[],"equal":bool(eq),"note":n,"category":L,"locale":loc}
    rows.append(r)
E(L,'2.5x','2,5x',X,True,'expression with a decimal comma',locale='fr')
E(L,'2.5x','2,5 x',X,True,'decimal comma then a space',locale='fr')
# --- unknown symbols
U='unknown-symbol'
for e,a,v,n in [('2w','2z',['w'],'z where only w is declared'),('2x','d/dx x^2',['x'],'d/dx is not a variable'),('2x','2x + c',['x'],'a constant of integration'),
 ('2x','2xy',['x'],'y not declared'),('2*w*x','2wxz',['w','x'],'z not declared'),('x^2','t^2',['x'],'wrong variable name'),('2(w x - y)x','2(w x - y)x + b',['w','x','y'],'b not declared'),
 ('sin(x)','sin(θ)',['x'],'θ not declared'),('e^x','e^x + C',['x'],'C not declared')]:
    E(U,e,a,v,False,n,verdict='unknown-symbol')
with open('issue-10-pairs.jsonl','w') as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False,separators=(',',':'))+'\n')
import collections
print(len(rows), collections.Counter(r['category'] for r in rows), sum(1 for r in rows if not r['equal']))
